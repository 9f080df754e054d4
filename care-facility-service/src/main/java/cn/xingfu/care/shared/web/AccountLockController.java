package cn.xingfu.care.shared.web;

import cn.xingfu.care.shared.security.AccountLocks;
import cn.xingfu.care.shared.security.Actor;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A district administrator sees whether an account is locked after failed sign-ins and unlocks it. */
@RestController
@RequestMapping("/api/accounts/{username}/lock")
class AccountLockController {

    private final AccountLocks locks;

    AccountLockController(AccountLocks locks) {
        this.locks = locks;
    }

    @GetMapping
    LockState state(@PathVariable String username, Actor actor) {
        return new LockState(username, locks.lockState(username, actor).orElse(null));
    }

    /** DELETE the lock: the account may sign in again at once. */
    @org.springframework.web.bind.annotation.DeleteMapping
    ResponseEntity<Void> unlock(@PathVariable String username, Actor actor) {
        locks.unlock(username, actor);
        return ResponseEntity.noContent().build();
    }

    record LockState(String username, @Nullable Instant lockedUntil) {}
}
