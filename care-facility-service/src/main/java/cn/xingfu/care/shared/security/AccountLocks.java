package cn.xingfu.care.shared.security;

import cn.xingfu.care.shared.audit.AuditEntry;
import cn.xingfu.care.shared.audit.AuditLog;
import cn.xingfu.kernel.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@link LoginProtection#lockAfterFailures()} consecutive failed sign-ins, for
 * {@link LoginProtection#lockFor()}; a successful sign-in resets the count, a district administrator may unlock
 * earlier. Plain JDBC on the account row: each statement is a single conditional update, so failures counted on
 * several instances at once add up correctly.
 */
@Service
public class AccountLocks {

    private final JdbcTemplate jdbc;
    private final LoginProtection protection;
    private final AuditLog audit;
    private final Clock clock;

    AccountLocks(JdbcTemplate jdbc, LoginProtection protection, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.audit = audit;
        this.clock = clock;
    }

    /** Until when the account is locked, if it is now. */
    public Optional<Instant> lockedUntil(String username) {
        List<Timestamp> until = jdbc.queryForList(
                "SELECT locked_until FROM care_account WHERE username = ? AND locked_until > ?",
                Timestamp.class,
                username,
                Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /**
     * An account's lock for the district administrator: until when it is locked, empty when it is not.
     *
     * @throws DomainException DISTRICT_ADMIN_ONLY, ACCOUNT_NOT_FOUND (a lock state for a name nobody has would read
     *     as "not locked" and send an administrator looking in the wrong place)
     */
    @Transactional(readOnly = true)
    public Optional<Instant> lockState(String username, Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "此操作需要区级管理员", "Only a district administrator may do this");
        }
        Integer accounts =
                jdbc.queryForObject("SELECT COUNT(*) FROM care_account WHERE username = ?", Integer.class, username);
        if (accounts == null || accounts == 0) {
            throw DomainException.notFound("ACCOUNT_NOT_FOUND", "找不到该账号", "No such account");
        }
        return lockedUntil(username);
    }

    @Transactional
    void failed(String username) {
        Instant now = clock.instant();
        int locked = jdbc.update(
                // locked_until first: MySQL assigns left to right, so it must see the count before the increment
                "UPDATE care_account SET locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,"
                        + " failed_logins = failed_logins + 1 WHERE username = ?",
                protection.lockAfterFailures(),
                Timestamp.from(now.plus(protection.lockFor())),
                username);
        if (locked > 0 && lockedUntil(username).isPresent()) {
            Integer failures = jdbc.queryForObject(
                    "SELECT failed_logins FROM care_account WHERE username = ?", Integer.class, username);
            if (failures != null && failures == protection.lockAfterFailures()) {
                audit.recordSystem(
                        username,
                        AuditEntry.revoked("ACCOUNT_LOCKED", "account", username, failures + " failed sign-ins"));
            }
        }
    }

    @Transactional
    void succeeded(String username) {
        jdbc.update(
                "UPDATE care_account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0",
                username);
    }

    /**
     * Unlocks an account before its time is up.
     *
     * @throws DomainException DISTRICT_ADMIN_ONLY, ACCOUNT_NOT_FOUND
     */
    @Transactional
    public void unlock(String username, Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "只有区级管理员可以解锁账号", "Only a district administrator may unlock accounts");
        }
        Optional<Instant> until = lockedUntil(username);
        int found = jdbc.update(
                "UPDATE care_account SET failed_logins = 0, locked_until = NULL WHERE username = ?", username);
        if (found == 0) {
            throw DomainException.notFound("ACCOUNT_NOT_FOUND", "找不到该账号", "No such account");
        }
        audit.record(
                actor,
                AuditEntry.changed("ACCOUNT_LOCK", "account", username, "lockedUntil", until.orElse(null), null));
    }
}
