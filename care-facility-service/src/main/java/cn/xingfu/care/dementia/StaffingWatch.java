package cn.xingfu.care.dementia;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every dementia unit's staffing for today and tomorrow against the roster, so a shift nobody was
 * rostered on raises its alert even when nothing was changed (one instance runs it at a time).
 */
@Component
@ConditionalOnProperty(name = "xingfu.dementia.staffing-watch", havingValue = "true", matchIfMissing = true)
class StaffingWatch {

    private final DementiaCare care;

    StaffingWatch(DementiaCare care) {
        this.care = care;
    }

    @Scheduled(fixedDelayString = "${xingfu.dementia.staffing-check-interval:15m}", initialDelayString = "60s")
    @SchedulerLock(name = "dementia-staffing-check", lockAtMostFor = "PT10M")
    void checkStaffing() {
        care.checkAllStaffing();
    }
}
