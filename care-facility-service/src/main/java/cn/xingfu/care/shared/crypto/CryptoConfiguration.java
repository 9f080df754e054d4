package cn.xingfu.care.shared.crypto;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        return new FieldCipher(properties.keys(), properties.activeKey(), properties.indexKey());
    }
}
