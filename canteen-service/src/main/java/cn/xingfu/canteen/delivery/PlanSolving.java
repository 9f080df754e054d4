package cn.xingfu.canteen.delivery;

import ai.timefold.solver.core.api.solver.SolverManager;
import cn.xingfu.canteen.delivery.planning.NearestNeighbour;
import cn.xingfu.canteen.delivery.planning.RoutePlan;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.Ids;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a meal's planning: prepares the plan in one transaction, then lets Timefold improve a nearest-neighbour
 * start in the background for the configured time, and writes the best routes back in another. A meal with no
 * volunteer or no order is recorded at once. A failure marks the plan failed with the reason.
 */
@Component
class PlanSolving {

    private static final Logger log = LoggerFactory.getLogger(PlanSolving.class);

    private final PlanPreparation preparation;
    private final SolvedRoutes solved;
    private final PlanProgress progress;
    private final SolverManager<RoutePlan, Long> solverManager;
    private final DeliveryProperties properties;
    private final TransactionTemplate tx;

    PlanSolving(
            PlanPreparation preparation,
            SolvedRoutes solved,
            PlanProgress progress,
            SolverManager<RoutePlan, Long> solverManager,
            DeliveryProperties properties,
            PlatformTransactionManager transactions) {
        this.preparation = preparation;
        this.solved = solved;
        this.progress = progress;
        this.solverManager = solverManager;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Starts (or restarts) planning and returns the plan's id at once. */
    long start(long canteenId, LocalDate date, MealPeriod period) {
        PreparedPlan prepared = tx.execute(status -> preparation.prepare(canteenId, date, period));
        Objects.requireNonNull(prepared);
        RoutePlan problem = prepared.problem();
        if (problem.getRounds().isEmpty() || problem.getStops().isEmpty()) {
            // nothing to optimise (no volunteer on duty or no order): record the plan as it is
            finish(prepared, problem);
            return prepared.planId();
        }
        progress.started(prepared.planId(), properties.solverTimeLimit());
        // a fresh problem id per run: a re-plan right after a run finished must not collide with its bookkeeping
        solverManager
                .solveBuilder()
                .withProblemId(Ids.next())
                .withProblem(NearestNeighbour.plan(prepared.problem()))
                .withBestSolutionConsumer(best -> progress.improved(prepared.planId(), String.valueOf(best.getScore())))
                .withFinalBestSolutionConsumer(best -> finish(prepared, best))
                .withExceptionHandler((runId, error) -> fail(prepared.planId(), error))
                .run();
        return prepared.planId();
    }

    private void finish(PreparedPlan prepared, RoutePlan best) {
        try {
            tx.executeWithoutResult(status -> solved.record(prepared, best));
        } catch (RuntimeException e) {
            fail(prepared.planId(), e);
        } finally {
            progress.ended(prepared.planId());
        }
    }

    private void fail(long planId, Throwable error) {
        log.error("Delivery planning {} failed", planId, error);
        progress.ended(planId);
        tx.executeWithoutResult(status -> solved.failed(planId, error));
    }
}
