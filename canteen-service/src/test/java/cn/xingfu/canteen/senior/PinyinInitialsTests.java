package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTests {

    @Test
    void takesTheFirstLetterOfEachSyllable() {
        assertThat(PinyinInitials.of("张三丰")).isEqualTo("zsf");
        assertThat(PinyinInitials.of("王桂兰")).isEqualTo("wgl");
        assertThat(PinyinInitials.of("欧阳秀英")).isEqualTo("oyxy");
    }

    @Test
    void keepsLatinLettersAndDigitsAndDropsPunctuation() {
        assertThat(PinyinInitials.of("李·Anna 2")).isEqualTo("lanna2");
        assertThat(PinyinInitials.of("")).isEmpty();
    }
}
