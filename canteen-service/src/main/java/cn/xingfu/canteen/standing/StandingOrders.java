package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.shared.MealPeriod;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandingOrders extends JpaRepository<StandingOrder, Long> {

    @Query("select s from StandingOrder s where s.canteenId = ?1 and s.period = ?2 and s.status = ?3 order by s.id")
    List<StandingOrder> withStatus(long canteenId, MealPeriod period, StandingOrder.Status status);

    default List<StandingOrder> activeAt(long canteenId, MealPeriod period) {
        return withStatus(canteenId, period, StandingOrder.Status.ACTIVE);
    }

    @Query("select s from StandingOrder s where s.canteenId = ?1 order by s.status, s.seniorId, s.period")
    List<StandingOrder> ofCanteen(long canteenId);

    @Query("select s from StandingOrder s where s.seniorId = ?1 order by s.status, s.period")
    List<StandingOrder> ofSenior(long seniorId);

    @Query("select distinct s.canteenId from StandingOrder s where s.status = ?1")
    List<Long> canteensWith(StandingOrder.Status status);

    default List<Long> canteensWithActive() {
        return canteensWith(StandingOrder.Status.ACTIVE);
    }
}
