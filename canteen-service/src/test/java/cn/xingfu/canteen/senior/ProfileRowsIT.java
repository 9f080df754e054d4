package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order path's plain read of a senior ({@link ProfileRows}) against the entity's own {@link Senior#toProfile()}
 * after a load through JPA, record equality over every field, for seniors of every shape.
 */
@SpringBootTest
class ProfileRowsIT {

    @Autowired
    ProfileRows rows;

    @Autowired
    Seniors seniors;

    @Autowired
    SeniorRegistry registry;

    @Autowired
    Accounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    long canteen;
    Actor manager;

    @BeforeEach
    void manager() {
        canteen = Ids.next();
        manager = accounts.save(
                        new Account(Ids.next(), "pm" + canteen, "{noop}x", "测试经理", Role.CANTEEN_MANAGER, canteen))
                .toActor();
    }

    @Test
    void statusesInDateOrderAndTheWholeDietAreReadAsTheEntityReadsThem() {
        // registered out of date order: both reads must put them in validFrom order
        long id = register(
                new DietaryNeeds(
                        Set.of(DietaryTag.LOW_SALT, DietaryTag.DIABETIC),
                        Set.of(Allergen.PEANUT, Allergen.SHELLFISH),
                        Texture.MINCED),
                List.of(
                        new StatusPeriod(EligibilityStatus.TEKUN, "民政导入", LocalDate.of(2026, 3, 1), null),
                        new StatusPeriod(
                                EligibilityStatus.DIBAO, "测试数据", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 28))));

        SeniorProfile plain = rows.find(id).orElseThrow();

        assertThat(plain).isEqualTo(throughJpa(id));
        assertThat(plain.statuses())
                .extracting(StatusPeriod::status)
                .containsExactly(EligibilityStatus.DIBAO, EligibilityStatus.TEKUN);
        assertThat(plain.dietary().texture()).isEqualTo(Texture.MINCED);
        assertThat(plain.maskedName()).isNotEqualTo(plain.name());
    }

    @Test
    void aSeniorWithoutStatusesOrDietWhoIsPausedIsReadAsTheEntityReadsIt() {
        long id = register(DietaryNeeds.none(), List.of());
        registry.changeLifecycle(id, Lifecycle.PAUSED, "住院", manager);

        SeniorProfile plain = rows.find(id).orElseThrow();

        assertThat(plain).isEqualTo(throughJpa(id));
        assertThat(plain.statuses()).isEmpty();
        assertThat(plain.lifecycle()).isEqualTo(Lifecycle.PAUSED);
    }

    @Test
    void anUnknownSeniorIsNotFound() {
        assertThat(rows.find(Ids.next())).isEmpty();
    }

    private long register(DietaryNeeds dietary, List<StatusPeriod> statuses) {
        SeniorRegistration base = SeniorFixtures.registration("罗明珍", canteen);
        return registry.register(
                        new SeniorRegistration(
                                base.name(),
                                base.idNumber(),
                                null,
                                null,
                                base.phone(),
                                base.address(),
                                base.latitude(),
                                base.longitude(),
                                canteen,
                                dietary,
                                null,
                                null,
                                "放门口鞋柜上",
                                null,
                                null,
                                statuses,
                                SeniorFixtures.consentedToAll()),
                        manager)
                .senior()
                .id();
    }

    private SeniorProfile throughJpa(long id) {
        return new TransactionTemplate(transactions)
                .execute(status -> seniors.findWithStatuses(id).orElseThrow().toProfile());
    }
}
