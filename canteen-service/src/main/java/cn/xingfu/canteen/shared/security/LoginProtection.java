package cn.xingfu.canteen.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits against guessing and flooding (issue 11).
 *
 * @param failedLoginsPerMinute failed sign-ins allowed per minute for one user name and for one client address;
 *     further attempts get 429 until the minute has passed
 * @param scansPerMinute card scans per minute for one kiosk or staff account (a rush at one kiosk is a few a minute)
 * @param lockAfterFailures consecutive failed sign-ins after which the account is locked
 * @param lockFor how long a locked account stays locked unless an administrator unlocks it
 */
@ConfigurationProperties("xingfu.security")
public record LoginProtection(
        @DefaultValue("10") int failedLoginsPerMinute,
        @DefaultValue("30") int scansPerMinute,
        @DefaultValue("5") int lockAfterFailures,
        @DefaultValue("15m") Duration lockFor) {}
