package cn.xingfu.canteen.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryRounds extends JpaRepository<DeliveryRound, Long> {

    List<DeliveryRound> findByPlanIdOrderById(long planId);

    Optional<DeliveryRound> findByPlanIdAndVolunteerId(long planId, long volunteerId);

    List<DeliveryRound> findByVolunteerIdAndPlanIdIn(long volunteerId, Collection<Long> planIds);

    List<DeliveryRound> findByStatus(RoundStatus status);
}
