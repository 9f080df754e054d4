package cn.xingfu.canteen.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryStops extends JpaRepository<DeliveryStop, Long> {

    List<DeliveryStop> findByPlanIdOrderByRoundIdAscSequenceAsc(long planId);

    List<DeliveryStop> findByRoundIdOrderBySequence(long roundId);

    List<DeliveryStop> findByRoundIdIn(Collection<Long> roundIds);

    Optional<DeliveryStop> findByOrderId(long orderId);

    List<DeliveryStop> findByStatusAndAlertedFalse(StopStatus status);

    int countByPlanIdAndRoundIdIsNull(long planId);
}
