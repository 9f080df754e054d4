package cn.xingfu.care.shared.security;

import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates care logins and decides which facilities a care manager manages. */
@Service
public class AccountAdministration {

    private final CareAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountAdministration(CareAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates an account (idempotent for the demo: an existing username is returned unchanged). */
    @Transactional
    public Actor createIfAbsent(String username, String password, String displayName, Role role, Set<Long> facilities) {
        return accounts.findByUsername(username)
                .map(CareAccount::toActor)
                .orElseGet(() -> create(username, password, displayName, role, facilities));
    }

    @Transactional
    public Actor create(String username, String password, String displayName, Role role, Set<Long> facilities) {
        if (accounts.findByUsername(username).isPresent()) {
            throw DomainException.conflict("USERNAME_TAKEN", "用户名已被使用", "This user name is taken");
        }
        if (role == Role.DISTRICT_ADMIN && !facilities.isEmpty()) {
            throw DomainException.invalid(
                    "ADMIN_HAS_NO_FACILITIES", "区级管理员不绑定机构", "District administrators are not bound to facilities");
        }
        CareAccount account =
                new CareAccount(Ids.next(), username, passwords.encode(password), displayName, role, clock.instant());
        facilities.forEach(account::manage);
        return accounts.save(account).toActor();
    }

    @Transactional
    public Actor assign(long accountId, Set<Long> facilities) {
        CareAccount account = accounts.findById(accountId)
                .orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", "没有这个账号", "There is no such account"));
        if (account.role() != Role.CARE_MANAGER) {
            throw DomainException.invalid(
                    "ADMIN_HAS_NO_FACILITIES", "区级管理员不绑定机构", "District administrators are not bound to facilities");
        }
        account.facilityIds().forEach(account::stopManaging);
        facilities.forEach(account::manage);
        return account.toActor();
    }
}
