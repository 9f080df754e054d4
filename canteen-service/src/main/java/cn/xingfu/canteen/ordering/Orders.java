package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Orders extends JpaRepository<Order, Long> {

    @Query("select o from Order o where o.placedByAccountId = ?1 and o.idempotencyKey = ?2")
    Optional<Order> findByKey(long accountId, String idempotencyKey);

    /** Transitions lock the order row: they are rare and must not interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = ?1")
    Optional<Order> findForUpdate(long id);

    @Query("""
            select o from Order o
            where o.canteenId = ?1 and o.serviceDate = ?2 and (?3 is null or o.period = ?3)
              and (?4 is null or o.channel = ?4) and o.status in ?5
            order by o.placedAt""")
    List<Order> findForCanteen(
            long canteenId,
            LocalDate serviceDate,
            @Nullable MealPeriod period,
            @Nullable Channel channel,
            Collection<OrderStatus> statuses,
            Pageable page);

    @Query("select o from Order o where o.canteenId = ?1 and o.updatedAt >= ?2 order by o.updatedAt")
    List<Order> changedAtCanteenSince(long canteenId, Instant since, Pageable page);

    @Query("select o from Order o where o.kioskId = ?1 and o.updatedAt >= ?2 order by o.updatedAt")
    List<Order> changedAtKioskSince(long kioskId, Instant since, Pageable page);

    @Query("select o from Order o where o.seniorId = ?1 order by o.placedAt desc")
    List<Order> findBySenior(long seniorId, Pageable page);
}
