package cn.xingfu.canteen.shared.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data key (base64 of 32 random bytes) that encrypts personal data at rest. Production sets it from
 * the environment ({@code XINGFU_DATA_KEY}); the default in application.yml is for development only.
 */
@ConfigurationProperties("xingfu.crypto")
public record CryptoProperties(String dataKey) {}
