package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.support.TestKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CryptoConfigurationTests {

    private final CryptoConfiguration configuration = new CryptoConfiguration();

    @Test
    void aServiceOutsideTheDemoAndTheTestsRefusesThePublicDevelopmentKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql");

        assertThatThrownBy(() -> configuration.dataCipher(properties(DataCipher.DEVELOPMENT_KEY), production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("XINGFU_DATA_KEY");
        assertThatThrownBy(
                        () -> configuration.dataCipher(properties(DataCipher.DEVELOPMENT_KEY), new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoAndTheTestsMayUseItAndEveryProfileTakesAKeyOfItsOwn() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("mysql", "demo");
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql");

        assertThat(configuration.dataCipher(properties(DataCipher.DEVELOPMENT_KEY), demo))
                .isNotNull();
        assertThat(configuration.dataCipher(properties(TestKeys.freshDataKey()), production))
                .isNotNull();
    }

    private static CryptoProperties properties(String dataKey) {
        return new CryptoProperties(dataKey, Map.of(), "", 200);
    }
}
