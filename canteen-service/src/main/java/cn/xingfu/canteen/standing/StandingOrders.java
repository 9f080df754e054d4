package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.shared.MealPeriod;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandingOrders extends JpaRepository<StandingOrder, Long> {

    @Query(
            "select s from StandingOrder s where s.canteenId = ?1 and s.period = ?2 and s.status = 'ACTIVE' order by s.id")
    List<StandingOrder> activeAt(long canteenId, MealPeriod period);

    @Query("select s from StandingOrder s where s.canteenId = ?1 order by s.status, s.seniorId, s.period")
    List<StandingOrder> ofCanteen(long canteenId);

    @Query("select s from StandingOrder s where s.seniorId = ?1 order by s.status, s.period")
    List<StandingOrder> ofSenior(long seniorId);

    @Query("select distinct s.canteenId from StandingOrder s where s.status = 'ACTIVE'")
    List<Long> canteensWithActive();
}
