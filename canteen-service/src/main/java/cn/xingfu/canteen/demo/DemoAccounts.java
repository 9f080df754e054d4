package cn.xingfu.canteen.demo;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.Ids;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo logins exist only here. Canteen n (in id order) gets managerNN / staffNN / kioskNN, with the
 * passwords the run script prints; the district administrator is admin.
 */
@Component
@Profile("demo")
@Order(70)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final CanteenDirectory canteens;
    private final PasswordEncoder passwords;

    DemoAccounts(Accounts accounts, CanteenDirectory canteens, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.canteens = canteens;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByUsername("admin").isPresent()) {
            return;
        }
        // BCrypt is slow on purpose; hash each demo password once
        String manager = passwords.encode("manager123");
        String staff = passwords.encode("staff123");
        String kiosk = passwords.encode("kiosk123");
        accounts.save(
                new Account(Ids.next(), "admin", passwords.encode("admin123"), "区民政局管理员", Role.DISTRICT_ADMIN, null));
        List<CanteenView> all = canteens.all().stream()
                .sorted(Comparator.comparingLong(CanteenView::id))
                .toList();
        for (int i = 0; i < all.size(); i++) {
            CanteenView canteen = all.get(i);
            String n = String.format("%02d", i + 1);
            accounts.save(new Account(
                    Ids.next(), "manager" + n, manager, canteen.name() + " 负责人", Role.CANTEEN_MANAGER, canteen.id()));
            accounts.save(new Account(
                    Ids.next(), "staff" + n, staff, canteen.name() + " 工作人员", Role.CANTEEN_STAFF, canteen.id()));
            accounts.save(
                    new Account(Ids.next(), "kiosk" + n, kiosk, canteen.name() + " 自助机", Role.KIOSK, canteen.id()));
        }
        log.info(
                "Demo logins: admin/admin123, managerNN/manager123, staffNN/staff123, kioskNN/kiosk123 for {} canteens",
                all.size());
    }
}
