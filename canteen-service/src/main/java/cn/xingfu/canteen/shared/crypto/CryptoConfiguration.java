package cn.xingfu.canteen.shared.crypto;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

    private static final Set<String> PROFILES_ALLOWING_DEV_KEY = Set.of("demo", "test");

    @Bean
    DataCipher dataCipher(CryptoProperties properties, Environment environment) {
        if (DataCipher.DEVELOPMENT_KEY.equals(properties.dataKey())
                && Arrays.stream(environment.getActiveProfiles()).noneMatch(PROFILES_ALLOWING_DEV_KEY::contains)) {
            // the key is in the source: a service that ran on it would hold ID numbers anyone can decrypt
            throw new IllegalStateException("xingfu.crypto.data-key is the public development key, allowed only in the"
                    + " demo and test profiles: set XINGFU_DATA_KEY to base64 of 32 random bytes"
                    + " (`openssl rand -base64 32`) and keep it with the backups");
        }
        return DataCipher.of(properties.dataKey());
    }

    /**
     * Field envelopes with key ids. The index key argument is the data key: canteen-service's blind indexes are
     * {@link DataCipher#blindIndex} (kept as they were, so existing indexes stay valid).
     */
    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        return new FieldCipher(properties.fieldKeys(), properties.activeFieldKey(), properties.dataKey());
    }
}
