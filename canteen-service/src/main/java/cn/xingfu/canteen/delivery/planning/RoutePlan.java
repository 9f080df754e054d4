package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The delivery rounds of one canteen and meal. Score levels, most important first: hard (box capacity, the
 * food-to-mouth ceiling); soft 0 meals left unassigned; soft 1 seconds beyond the hot-meal window; soft 2 travel
 * seconds plus missed senior time preferences.
 */
@PlanningSolution
public class RoutePlan {

    @PlanningEntityCollectionProperty
    private List<Round> rounds = new ArrayList<>();

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops = new ArrayList<>();

    @PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
    private @Nullable BendableLongScore score;

    RoutePlan() {}

    public RoutePlan(List<Round> rounds, List<Stop> stops) {
        this.rounds = new ArrayList<>(rounds);
        this.stops = new ArrayList<>(stops);
    }

    public List<Round> getRounds() {
        return rounds;
    }

    public void setRounds(List<Round> rounds) {
        this.rounds = rounds;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    public @Nullable BendableLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable BendableLongScore score) {
        this.score = score;
    }

    public PlanMetrics metrics() {
        return PlanMetrics.of(this);
    }
}
