package cn.xingfu.canteen.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Every test context gets the same kind of clock, so contexts stay shareable. */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
