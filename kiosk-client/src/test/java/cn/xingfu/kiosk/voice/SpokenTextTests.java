package cn.xingfu.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenTextTests {

    @Test
    void aMaskedNameIsSpokenAsSurnameAndLaoNeverWithItsStars() {
        assertThat(SpokenText.address("张*丰")).isEqualTo("张老");
        assertThat(SpokenText.address("王*")).isEqualTo("王老");
        assertThat(SpokenText.address(null)).isEmpty();
        assertThat(SpokenText.address("**")).isEmpty();
        assertThat(SpokenText.greeting("张*丰")).isEqualTo("张老，您好！请在屏幕上点选菜品。");
        assertThat(SpokenText.greeting(null)).isEqualTo("您好！请在屏幕上点选菜品。");
    }

    @Test
    void amountsAreSaidInYuanJiaoAndFen() {
        assertThat(SpokenText.money(new BigDecimal("12.50"))).isEqualTo("12元5角");
        assertThat(SpokenText.money(new BigDecimal("9.00"))).isEqualTo("9元");
        assertThat(SpokenText.money(new BigDecimal("0.05"))).isEqualTo("5分");
        assertThat(SpokenText.money(new BigDecimal("0"))).isEqualTo("0元");
        assertThat(SpokenText.money(new BigDecimal("3.45"))).isEqualTo("3元4角5分");
    }

    @Test
    void orderNumbersAreSpelledAndDishesCounted() {
        assertThat(SpokenText.number("A023")).isEqualTo("A，0，2，3");
        assertThat(SpokenText.dishes(List.of(new SpokenText.Line("回锅肉", 1), new SpokenText.Line("米饭", 2))))
                .isEqualTo("一份回锅肉，两份米饭");
    }
}
