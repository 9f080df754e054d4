package cn.xingfu.canteen.delivery.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quality of delivery plans: Timefold against a nearest-neighbour dispatcher on generated Jiangjin instances, and
 * the gap to the best known solutions of public CVRP instances. Not part of the default run (tag "benchmark"):
 *
 * <pre>
 * ./mvnw -q -pl canteen-service test -Dtest=DeliveryPlanBenchmarkTests -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The CVRP files are read from {@code xingfu.shared.dir}/data/cvrp (set by the build to ../shared beside the
 * project; the environment variable XINGFU_SHARED_DIR overrides it). Results go to
 * target/delivery-benchmark.md.
 */
@Tag("benchmark")
class DeliveryPlanBenchmarkTests {

    /** 几江街道, the district seat: the generated central kitchen. */
    private static final GeoPoint KITCHEN = new GeoPoint(29.2895, 106.2596);

    private static final long ELEVEN = 11 * 3600;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws IOException {
        report.append("## Generated Jiangjin instances (kitchen at 几江, first trips leave 11:00, hot window 45 min)\n\n")
                .append("| Stops | Volunteers | NN travel (min) | Timefold travel (min) | Saving | Trips NN / TF "
                        + "| Late stops NN / TF | Minutes late NN / TF | Over 2 h NN / TF | Unassigned NN / TF "
                        + "| Pref. miss NN / TF (min) | Solve time (s) |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        generated(50, 5, 2000, Duration.ofSeconds(10));
        generated(200, 20, 3000, Duration.ofSeconds(20));
        generated(1000, 60, 4000, Duration.ofSeconds(60));

        report.append("\n## Public CVRP instances (CVRPLIB, TSPLIB nint distances)\n\n")
                .append("| Instance | Best known | Nearest neighbour | Gap NN | Timefold | Gap Timefold | Unassigned "
                        + "| Solve time (s) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Path cvrp = sharedDir().resolve("data/cvrp");
        cvrp(cvrp.resolve("A-n32-k5.vrp"), 784, Duration.ofSeconds(10));
        cvrp(cvrp.resolve("A-n55-k9.vrp"), 1073, Duration.ofSeconds(15));
        cvrp(cvrp.resolve("A-n80-k10.vrp"), 1763, Duration.ofSeconds(20));
        cvrp(cvrp.resolve("M-n200-k17.vrp"), 1275, Duration.ofSeconds(30));

        System.out.println(report);
        Path out = Path.of("target", "delivery-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** Every third volunteer walks with 4 insulated boxes, the others ride e-bikes with 8. */
    private void generated(int stopCount, int volunteers, double radiusMetres, Duration limit) {
        Random random = new Random(stopCount);
        List<GeoPoint> points = new ArrayList<>(List.of(KITCHEN));
        List<GeoPoint> compounds = new ArrayList<>();
        for (int i = 0; i < Math.max(6, stopCount / 25); i++) {
            compounds.add(offset(KITCHEN, random.nextDouble() * radiusMetres, random.nextDouble() * 2 * Math.PI));
        }
        for (int i = 0; i < stopCount; i++) {
            GeoPoint compound = compounds.get(random.nextInt(compounds.size()));
            points.add(offset(compound, Math.abs(random.nextGaussian()) * 250, random.nextDouble() * 2 * Math.PI));
        }
        TravelTimes travel = StraightLineTravelTimes.defaults();
        TravelMatrix bike = travel.matrix(points, TransportMode.E_BIKE);
        TravelMatrix foot = travel.matrix(points, TransportMode.ON_FOOT);
        long[][] preferences = new long[stopCount + 1][];
        int[] demands = new int[stopCount + 1];
        for (int i = 1; i <= stopCount; i++) {
            demands[i] = random.nextInt(10) == 0 ? 2 : 1;
            if (random.nextInt(5) == 0) {
                long from = ELEVEN + (15 + 15L * random.nextInt(2)) * 60;
                preferences[i] = new long[] {from, from + 30 * 60};
            }
        }
        java.util.function.Supplier<RoutePlan> problem = () -> {
            List<Stop> stops = new ArrayList<>();
            for (int i = 1; i <= stopCount; i++) {
                Long from = preferences[i] == null ? null : preferences[i][0];
                Long until = preferences[i] == null ? null : preferences[i][1];
                stops.add(new Stop(i, i, i, demands[i], from, until));
            }
            List<Round> rounds = new ArrayList<>();
            for (int v = 0; v < volunteers; v++) {
                boolean onFoot = v % 3 == 2;
                rounds.add(new Round(
                        v + 1,
                        onFoot ? 4 : 8,
                        onFoot ? TransportMode.ON_FOOT : TransportMode.E_BIKE,
                        ELEVEN,
                        onFoot ? foot : bike,
                        RouteRules.defaults(),
                        false));
            }
            return new RoutePlan(rounds, stops);
        };
        RoutePlan greedy = NearestNeighbour.plan(problem.get());
        SolutionManager.create(RouteSolvers.factory(limit, limit)).update(greedy);
        PlanMetrics nn = greedy.metrics();
        long started = System.nanoTime();
        RoutePlan solved = RouteSolvers.solve(problem.get(), limit, limit.dividedBy(3));
        PlanMetrics tf = solved.metrics();
        double seconds = (System.nanoTime() - started) / 1e9;
        report.append(String.format(
                Locale.ROOT,
                "| %d | %d | %.0f | %.0f | %.1f %% | %d / %d | %d / %d | %.0f / %.0f | %d / %d | %d / %d | %.0f / %.0f "
                        + "| %.1f |%n",
                stopCount,
                volunteers,
                nn.travelSeconds() / 60.0,
                tf.travelSeconds() / 60.0,
                100.0 * (nn.travelSeconds() - tf.travelSeconds()) / nn.travelSeconds(),
                nn.trips(),
                tf.trips(),
                nn.hotWindowViolations(),
                tf.hotWindowViolations(),
                nn.hotWindowExcessSeconds() / 60.0,
                tf.hotWindowExcessSeconds() / 60.0,
                nn.ceilingViolations(),
                tf.ceilingViolations(),
                nn.unassignedStops(),
                tf.unassignedStops(),
                nn.preferenceMissSeconds() / 60.0,
                tf.preferenceMissSeconds() / 60.0,
                seconds));
        assertThat(tf.overloadedRounds()).isZero();
        // lexicographically no worse than the dispatcher: unassigned meals, then lateness, then travel
        assertThat(solved.getScore()).isGreaterThanOrEqualTo(greedy.getScore());
    }

    private void cvrp(Path file, long bestKnown, Duration limit) throws IOException {
        Cvrp instance = Cvrp.read(file);
        long nn = NearestNeighbour.plan(instance.problem()).metrics().travelSeconds();
        long started = System.nanoTime();
        PlanMetrics tf = RouteSolvers.solve(instance.problem(), limit, limit.dividedBy(3))
                .metrics();
        double seconds = (System.nanoTime() - started) / 1e9;
        report.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f %% | %d | %.1f %% | %d | %.1f |%n",
                instance.name(),
                bestKnown,
                nn,
                100.0 * (nn - bestKnown) / bestKnown,
                tf.travelSeconds(),
                100.0 * (tf.travelSeconds() - bestKnown) / bestKnown,
                tf.unassignedStops(),
                seconds));
        assertThat(tf.unassignedStops()).isZero();
        assertThat(tf.travelSeconds()).isGreaterThanOrEqualTo(bestKnown);
    }

    private static GeoPoint offset(GeoPoint from, double metres, double bearing) {
        double dLat = metres * Math.cos(bearing) / 111_320.0;
        double dLng = metres * Math.sin(bearing) / (111_320.0 * Math.cos(Math.toRadians(from.latitude())));
        return new GeoPoint(from.latitude() + dLat, from.longitude() + dLng);
    }

    static Path sharedDir() {
        String env = System.getenv("XINGFU_SHARED_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String property = System.getProperty("xingfu.shared.dir");
        if (property == null) {
            throw new IllegalStateException("set xingfu.shared.dir or XINGFU_SHARED_DIR");
        }
        return Path.of(property);
    }
}
