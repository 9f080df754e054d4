package cn.xingfu.canteen.shared.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Logins of staff, kiosks and volunteers. */
public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findByRoleAndCanteenId(Role role, Long canteenId);
}
