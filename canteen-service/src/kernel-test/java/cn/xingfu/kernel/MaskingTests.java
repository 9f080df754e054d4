package cn.xingfu.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void masksIdNumbersKeepingAreaCodeAndLastFour() {
        assertThat(Masking.idNumber("500381199001011234")).isEqualTo("500381********1234");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.idNumber("123")).isEqualTo("******");
    }

    @Test
    void masksPhonesAndNames() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("023-47521234")).isEqualTo("023*****1234");
        assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("欧阳秀英")).isEqualTo("欧**英");
    }
}
