package cn.xingfu.canteen.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How far the solver has got with each plan being solved on this instance: the planner's page shows a percentage
 * of the time limit and the best score so far. The best score is known only on the solving instance; any other
 * instance derives the percentage from the start time kept in the plan's row.
 */
@Component
class PlanProgress {

    private final Clock clock;
    private final Duration limit;
    private final Map<Long, Run> running = new ConcurrentHashMap<>();

    PlanProgress(Clock clock, DeliveryProperties properties) {
        this.clock = clock;
        this.limit = properties.solverTimeLimit();
    }

    void started(long planId, Duration limit) {
        running.put(planId, new Run(clock.instant(), limit, null));
    }

    void improved(long planId, String bestScore) {
        running.computeIfPresent(planId, (id, run) -> new Run(run.startedAt(), run.limit(), bestScore));
    }

    void ended(long planId) {
        running.remove(planId);
    }

    /** 100 once the plan is no longer solving; while solving, the share of the time limit used (1-99). */
    int percent(DeliveryPlan plan) {
        if (plan.status() != PlanStatus.SOLVING) {
            return 100;
        }
        Run run = running.get(plan.id());
        if (run == null && plan.startedAt() != null) {
            // solving on another instance of the cluster
            run = new Run(plan.startedAt(), limit, null);
        }
        if (run == null) {
            return 0;
        }
        long elapsed = Duration.between(run.startedAt(), clock.instant()).toMillis();
        return (int) Math.max(
                1, Math.min(99, elapsed * 100 / Math.max(1, run.limit().toMillis())));
    }

    /** The best score found so far in a running solve, else the stored one. */
    @Nullable
    String score(DeliveryPlan plan) {
        Run run = running.get(plan.id());
        return run != null && run.bestScore() != null ? run.bestScore() : plan.score();
    }

    private record Run(
            Instant startedAt, Duration limit, @Nullable String bestScore) {}
}
