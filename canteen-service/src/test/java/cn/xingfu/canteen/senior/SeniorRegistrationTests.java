package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeniorRegistrationTests {

    @Test
    void toStringMasksTheIdNumberPhoneAndAddress() {
        SeniorRegistration registration = SeniorFixtures.registration("张三丰", 7);

        assertThat(registration.toString())
                .contains(registration.idNumber().substring(0, 6) + "********")
                .doesNotContain(registration.idNumber())
                .doesNotContain(registration.phone())
                .doesNotContain(registration.address())
                .doesNotContain("29.29")
                .doesNotContain("张三丰");
    }
}
