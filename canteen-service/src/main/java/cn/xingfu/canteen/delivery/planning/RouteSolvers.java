package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Builds Timefold solvers for {@link RoutePlan} from our own configuration (no Spring Boot starter): a hard time
 * limit, and an earlier stop once the best score has not improved for a while.
 */
public final class RouteSolvers {

    private RouteSolvers() {}

    public static SolverConfig config(Duration spentLimit, Duration unimprovedLimit) {
        return new SolverConfig()
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(Round.class, Stop.class)
                .withConstraintProviderClass(DeliveryConstraints.class)
                // reproducible for a given seed, without the assertion overhead of the default mode
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                // Timefold refuses sub-millisecond limits
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(spentLimit.truncatedTo(ChronoUnit.MILLIS))
                        .withUnimprovedSpentLimit(unimprovedLimit.truncatedTo(ChronoUnit.MILLIS)));
    }

    public static SolverFactory<RoutePlan> factory(Duration spentLimit, Duration unimprovedLimit) {
        return SolverFactory.create(config(spentLimit, unimprovedLimit));
    }

    /**
     * Solves in the calling thread, for the benchmark and tests. Unassigned stops are first appended nearest-neighbour
     * style: on tight instances Timefold's construction heuristic starts from a worse plan than that, and local
     * search then never gets back to it.
     */
    public static RoutePlan solve(RoutePlan problem, Duration spentLimit, Duration unimprovedLimit) {
        Solver<RoutePlan> solver = factory(spentLimit, unimprovedLimit).buildSolver();
        return solver.solve(NearestNeighbour.plan(problem));
    }
}
