package cn.xingfu.canteen.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class PortionsIT {

    @Autowired
    Portions portions;

    @Autowired
    MenuPlanning planning;

    @Autowired
    MenuCatalog catalog;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordedAvailability recorded;

    @Autowired
    Clock clock;

    @Test
    void fiftyConcurrentOrdersForTheLastTenPortionsSellExactlyTen() throws Exception {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 10)
                .menuItemId();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return tx.execute(status -> portions.take(item, 1));
            }));
        }
        start.countDown();
        int sold = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                sold++;
            }
        }
        pool.shutdown();

        assertThat(sold).isEqualTo(10);
        assertThat(left(item)).isZero();
        assertThat(catalog.item(item).soldOut()).isTrue();
        assertThat(recorded.of(item)).singleElement().satisfies(e -> {
            assertThat(e.soldOut()).isTrue();
            assertThat(e.portionsLeft()).isZero();
        });
    }

    @Test
    void takingMoreThanIsLeftChangesNothing() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 3)
                .menuItemId();

        assertThat(take(item, 4)).isFalse();
        assertThat(take(item, 2)).isTrue();
        assertThat(left(item)).isEqualTo(1);
        assertThat(recorded.of(item)).isEmpty();
        assertThat(take(-1L, 1)).isFalse();
    }

    @Test
    void takeRunsOnlyInsideTheCallersTransaction() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 3)
                .menuItemId();

        assertThatThrownBy(() -> portions.take(item, 1)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> portions.giveBack(item, 1)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(left(item)).isEqualTo(3);
    }

    @Test
    void aRolledBackOrderKeepsItsPortions() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 3)
                .menuItemId();

        tx.executeWithoutResult(status -> {
            portions.take(item, 2);
            status.setRollbackOnly();
        });

        assertThat(left(item)).isEqualTo(3);
    }

    @Test
    void givingBackTheLastPortionsMakesTheDishAvailableAgain() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 2)
                .menuItemId();
        tx.execute(s -> portions.take(item, 2));

        tx.executeWithoutResult(s -> portions.giveBack(item, 1));
        tx.executeWithoutResult(s -> portions.giveBack(item, 1));

        assertThat(left(item)).isEqualTo(2);
        assertThat(recorded.of(item))
                .extracting(DishAvailabilityChanged::soldOut)
                .containsExactly(true, false);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> portions.giveBack(-5L, 1)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "MENU_ITEM_NOT_FOUND");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> portions.take(item, 0)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_QUANTITY");
    }

    @Test
    void staffSoldOutAndBackInStockFlipAvailabilityAndKeepSoldPortions() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 20)
                .menuItemId();
        tx.execute(s -> portions.take(item, 5));

        MenuItemView soldOut = portions.soldOut(item, MenuFixtures.ADMIN);
        assertThat(soldOut.portionsLeft()).isZero();
        assertThat(soldOut.portionsTotal()).isEqualTo(5);
        assertThat(take(item, 1)).isFalse();

        MenuItemView back = portions.backInStock(item, 8, MenuFixtures.ADMIN);
        assertThat(back.portionsLeft()).isEqualTo(8);
        assertThat(back.portionsTotal()).isEqualTo(13);

        assertThat(recorded.of(item))
                .extracting(DishAvailabilityChanged::soldOut)
                .containsExactly(true, false);
    }

    @Test
    void setPortionsMovesWhatIsLeftAndRefusesFewerThanSold() {
        long item = MenuFixtures.aPublishedItem(canteens, planning, LocalDate.now(clock), 20)
                .menuItemId();
        tx.execute(s -> portions.take(item, 6));

        assertThat(portions.setPortions(item, 30, MenuFixtures.ADMIN).portionsLeft())
                .isEqualTo(24);
        assertThatThrownBy(() -> portions.setPortions(item, 5, MenuFixtures.ADMIN))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "PORTIONS_BELOW_SOLD");
        assertThat(portions.setPortions(item, 6, MenuFixtures.ADMIN).portionsLeft())
                .isZero();
        assertThat(left(item)).isZero();
        assertThat(recorded.of(item))
                .extracting(DishAvailabilityChanged::soldOut)
                .containsExactly(true);
        assertThatThrownBy(() -> portions.setPortions(item, -1, MenuFixtures.ADMIN))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_PORTIONS");
    }

    private boolean take(long item, int quantity) {
        return Boolean.TRUE.equals(tx.execute(s -> portions.take(item, quantity)));
    }

    private int left(long item) {
        return jdbc.queryForObject("SELECT portions_left FROM menu_item WHERE id = ?", Integer.class, item);
    }
}
