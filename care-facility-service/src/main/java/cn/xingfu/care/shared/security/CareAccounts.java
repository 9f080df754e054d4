package cn.xingfu.care.shared.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Logins of care managers and district administrators. */
public interface CareAccounts extends JpaRepository<CareAccount, Long> {

    Optional<CareAccount> findByUsername(String username);
}
