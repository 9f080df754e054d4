package cn.xingfu.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.canteen.SubsidyInfo;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SubsidyGroupPhrasesTests {

    @Test
    void whyThereIsNoSubsidyComesInTheServicesOwnWordsWhenItGivesThem() {
        SubsidyInfo usedUp = new SubsidyInfo(
                "AGE_80",
                "80岁及以上",
                BigDecimal.ZERO,
                false,
                "A_RULE_THE_KIOSK_DOES_NOT_KNOW",
                null,
                "本月的补贴次数已用完，这一餐按原价",
                "This month's subsidised meals are used up: full price");

        Words words = Phrases.subsidyGroup(usedUp);

        assertThat(words.zh()).isEqualTo("本月的补贴次数已用完，这一餐按原价");
        assertThat(words.en()).isEqualTo("This month's subsidised meals are used up: full price");
    }

    @Test
    void anOlderServiceWithoutWordsStillGetsTheKiosksWordsForTheCode() {
        SubsidyInfo capped = new SubsidyInfo("AGE_80", "80岁及以上", BigDecimal.ZERO, false, "WEEKLY_CAP");

        assertThat(Phrases.subsidyGroup(capped).zh()).isEqualTo("本周的补贴次数已用完");
    }

    @Test
    void aMinimumBillIsSaidWithTheGroupButNeverAnAmount() {
        SubsidyInfo fromFive = new SubsidyInfo(
                "AGE_80", "80岁及以上", new BigDecimal("3.00"), true, "OK", new BigDecimal("5.00"), "x", "y");

        Words words = Phrases.subsidyGroup(fromFive);

        assertThat(words.zh()).isEqualTo("补贴对象：80岁及以上（按所选菜品计算），消费满 5.00 元才有补贴");
        assertThat(words.en()).isEqualTo("Subsidy: 80岁及以上, by the dishes chosen, from a bill of ¥5.00");
        assertThat(words.zh()).doesNotContain("3.00");
    }

    @Test
    void noMinimumBillKeepsTheGroupAlone() {
        SubsidyInfo plain =
                new SubsidyInfo("AGE_80", "80岁及以上", new BigDecimal("3.00"), true, "OK", BigDecimal.ZERO, null, null);

        assertThat(Phrases.subsidyGroup(plain).zh()).isEqualTo("补贴对象：80岁及以上（按所选菜品计算）");
    }
}
