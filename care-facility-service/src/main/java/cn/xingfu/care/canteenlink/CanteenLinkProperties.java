package cn.xingfu.care.canteenlink;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The link with canteen-service ({@code xingfu.canteen-link.*}).
 *
 * @param inboundUsername the care account canteen-service signs in with (role SERVICE); created at start-up when
 *     {@code inboundPassword} is set
 * @param canteenBaseUrl where canteen-service answers
 * @param outboundUsername the canteen-service account this service signs in with to send notices
 * @param matchingKey base64 secret shared by both services: residents and seniors are matched by
 *     HMAC-SHA256(key, ID number), never by the number itself
 * @param sendInterval how often pending notices are sent (each failure is retried with back-off)
 */
@ConfigurationProperties("xingfu.canteen-link")
public record CanteenLinkProperties(
        @DefaultValue("canteen-service") String inboundUsername,
        @DefaultValue("") String inboundPassword,
        @DefaultValue("http://localhost:8080") String canteenBaseUrl,
        @DefaultValue("care-facility-service") String outboundUsername,
        @DefaultValue("") String outboundPassword,
        @DefaultValue("") String matchingKey,
        @DefaultValue("30s") Duration sendInterval,
        @DefaultValue("5s") Duration timeout) {}
