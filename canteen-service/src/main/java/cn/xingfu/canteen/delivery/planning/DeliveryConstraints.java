package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.function.Function;

/** What makes one delivery plan better than another; see {@link RoutePlan} for the score levels. */
public class DeliveryConstraints implements ConstraintProvider {

    static final String BOX_CAPACITY = "Box capacity";
    static final String FOOD_TO_MOUTH_CEILING = "Food-to-mouth ceiling";
    static final String UNASSIGNED_MEAL = "Unassigned meal";
    static final String HOT_MEAL_WINDOW = "Hot-meal window";
    static final String TRAVEL_TIME = "Travel time";
    static final String PREFERRED_TIME = "Preferred delivery time";

    /** A missed minute of a senior's preference weighs as much as two minutes of travel. */
    static final long PREFERENCE_WEIGHT = 2;

    /** A box too many is never worth a few minutes saved on the ceiling: both are hard, boxes weigh far more. */
    static final long BOX_WEIGHT = 1000;

    private static final BendableLongScore HARD = BendableLongScore.ofHard(1, 3, 0, 1);
    private static final BendableLongScore UNASSIGNED = BendableLongScore.ofSoft(1, 3, 0, 1);
    private static final BendableLongScore LATE = BendableLongScore.ofSoft(1, 3, 1, 1);
    private static final BendableLongScore COST = BendableLongScore.ofSoft(1, 3, 2, 1);

    /**
     * One instance for every constraint: Timefold then shares the mapping node, so a round's schedule is worked out
     * once per change rather than once per constraint.
     */
    private static final Function<Round, TripSchedule> SCHEDULE = Round::schedule;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            boxCapacity(factory),
            foodToMouthCeiling(factory),
            unassignedMeal(factory),
            hotMealWindow(factory),
            travelTime(factory),
            preferredTime(factory)
        };
    }

    Constraint boxCapacity(ConstraintFactory factory) {
        return schedules(factory)
                .penalizeLong(HARD, schedule -> BOX_WEIGHT * schedule.boxesOverCapacity())
                .asConstraint(BOX_CAPACITY);
    }

    /** Penalised per started minute so that it is comparable with box overflows on the same hard level. */
    Constraint foodToMouthCeiling(ConstraintFactory factory) {
        return schedules(factory)
                .penalizeLong(HARD, schedule -> (schedule.ceilingExcessSeconds() + 59) / 60)
                .asConstraint(FOOD_TO_MOUTH_CEILING);
    }

    Constraint unassignedMeal(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class)
                .filter(stop -> stop.getRound() == null)
                .penalizeLong(UNASSIGNED, Stop::demand)
                .asConstraint(UNASSIGNED_MEAL);
    }

    Constraint hotMealWindow(ConstraintFactory factory) {
        return schedules(factory)
                .penalizeLong(LATE, TripSchedule::hotWindowExcessSeconds)
                .asConstraint(HOT_MEAL_WINDOW);
    }

    Constraint travelTime(ConstraintFactory factory) {
        return schedules(factory)
                .filter(schedule -> schedule.size() > 0)
                .penalizeLong(COST, TripSchedule::travelSeconds)
                .asConstraint(TRAVEL_TIME);
    }

    Constraint preferredTime(ConstraintFactory factory) {
        return schedules(factory)
                .penalizeLong(COST, schedule -> PREFERENCE_WEIGHT * schedule.preferenceMissSeconds())
                .asConstraint(PREFERRED_TIME);
    }

    private static UniConstraintStream<TripSchedule> schedules(ConstraintFactory factory) {
        return factory.forEach(Round.class).map(SCHEDULE);
    }
}
