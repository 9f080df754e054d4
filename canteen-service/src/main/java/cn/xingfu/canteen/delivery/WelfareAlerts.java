package cn.xingfu.canteen.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WelfareAlerts extends JpaRepository<WelfareAlert, Long> {

    List<WelfareAlert> findByCanteenIdAndStatusOrderByRaisedAtDesc(long canteenId, String status);

    Optional<WelfareAlert> findByStopIdAndReason(long stopId, AlertReason reason);
}
