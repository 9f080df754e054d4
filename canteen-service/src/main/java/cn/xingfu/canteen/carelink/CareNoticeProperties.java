package cn.xingfu.canteen.carelink;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notices from care-facility-service ({@code xingfu.care-link.*}).
 *
 * @param inboundUsername the canteen account care-facility-service signs in with (role SERVICE), created at start-up
 *     when {@code inboundPassword} is set
 * @param matchingKey base64 secret shared with care-facility-service: HMAC-SHA256(key, ID number) identifies a person
 */
@ConfigurationProperties("xingfu.care-link")
record CareNoticeProperties(
        @DefaultValue("care-facility-service") String inboundUsername,
        @DefaultValue("") String inboundPassword,
        @DefaultValue("") String matchingKey) {}
