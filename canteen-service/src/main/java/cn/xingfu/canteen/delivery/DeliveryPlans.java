package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryPlans extends JpaRepository<DeliveryPlan, Long> {

    Optional<DeliveryPlan> findByCanteenIdAndServiceDateAndPeriod(
            long canteenId, LocalDate serviceDate, MealPeriod period);

    List<DeliveryPlan> findByServiceDate(LocalDate serviceDate);

    default DeliveryPlan require(long planId) {
        return findById(planId)
                .orElseThrow(() -> DomainException.notFound("PLAN_NOT_FOUND", "找不到该配送计划", "Delivery plan not found"));
    }
}
