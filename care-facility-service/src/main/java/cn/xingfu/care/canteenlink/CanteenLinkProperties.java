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
 * @param timeout connect and read timeout of one call to canteen-service
 * @param lockAtMostFor how long the sender's ShedLock row may stay taken: after a kill -9 mid-run, no instance sends
 *     until it has passed. A run starts no new call after half of it, so a live run never outlasts its lock; it must
 *     be at least four times {@code timeout} (a call may take a connect and a read timeout)
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
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("PT2M") Duration lockAtMostFor) {

    public CanteenLinkProperties {
        if (lockAtMostFor.compareTo(timeout.multipliedBy(4)) < 0) {
            throw new IllegalStateException(
                    "xingfu.canteen-link.lock-at-most-for must be at least four times xingfu.canteen-link.timeout");
        }
    }

    /** How long one run of the sender may keep starting calls. */
    Duration runBudget() {
        return lockAtMostFor.dividedBy(2);
    }
}
