package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.security.Actor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner's hand on a plan that is not being solved: move a waiting stop, swap two rounds' volunteers, or
 * take a no-show volunteer's stops back for planning. Rounds with trips out keep the meals on their way; the
 * timetable is worked out again after each change. Only staff of the plan's canteen may edit it.
 */
@Component
class PlanEditing {

    private final DeliveryPlans plans;
    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final VolunteerRegistry registry;
    private final RoundTimetable timetable;
    private final TransactionTemplate tx;

    PlanEditing(
            DeliveryPlans plans,
            DeliveryRounds rounds,
            DeliveryStops stops,
            VolunteerRegistry registry,
            RoundTimetable timetable,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.rounds = rounds;
        this.stops = stops;
        this.registry = registry;
        this.timetable = timetable;
        this.tx = new TransactionTemplate(transactions);
    }

    /** See {@link RoundPlanning#moveStop}. */
    void moveStop(long planId, long stopId, @Nullable Long roundId, int position, Actor actor) {
        tx.executeWithoutResult(status -> {
            DeliveryPlan plan = editable(planId, actor);
            DeliveryStop stop =
                    stops.findById(stopId).filter(s -> s.planId() == planId).orElseThrow(RoundPlanning::stopNotFound);
            if (stop.roundId() != null) {
                round(stop.roundId()).requireReplannable();
            }
            if (roundId == null) {
                stop.unassign();
            } else {
                DeliveryRound target = round(roundId);
                if (target.planId() != planId) {
                    throw RoundPlanning.roundNotFound();
                }
                target.requireReplannable();
                List<DeliveryStop> list = new ArrayList<>(stops.findByRoundIdOrderBySequence(roundId));
                list.removeIf(s -> s.id() == stopId);
                int onTheirWay = (int) list.stream().filter(s -> !s.isWaiting()).count();
                list.add(Math.max(onTheirWay, Math.min(position, list.size())), stop);
                for (int i = onTheirWay; i < list.size(); i++) {
                    list.get(i).reorder(roundId, i + 1);
                }
            }
            timetable.retime(plan);
        });
    }

    /** See {@link RoundPlanning#swapVolunteers}. */
    void swapVolunteers(long planId, long roundA, long roundB, Actor actor) {
        tx.executeWithoutResult(status -> {
            DeliveryPlan plan = editable(planId, actor);
            DeliveryRound a = round(roundA);
            DeliveryRound b = round(roundB);
            if (a.planId() != planId || b.planId() != planId || roundA == roundB) {
                throw RoundPlanning.roundNotFound();
            }
            a.requirePlanned();
            b.requirePlanned();
            long volunteerA = a.volunteerId();
            int capacityA = a.boxCapacity();
            TransportMode transportA = a.transport();
            // the unique (plan, volunteer) key forbids a direct swap: park A on a placeholder first
            a.reassign(-volunteerA, capacityA, transportA);
            rounds.saveAndFlush(a);
            long volunteerB = b.volunteerId();
            b.reassign(volunteerA, capacityA, transportA);
            rounds.saveAndFlush(b);
            Volunteer bVolunteer = registry.get(volunteerB);
            a.reassign(volunteerB, bVolunteer.boxCapacity(), bVolunteer.transport());
            rounds.saveAndFlush(a);
            timetable.retime(plan);
        });
    }

    /** Marks the round a no-show and unassigns its stops; returns the plan, which the caller plans again. */
    DeliveryPlan noShow(long roundId, Actor actor) {
        long planId = tx.execute(status -> {
            DeliveryRound round = round(roundId);
            DeliveryPlan plan = editable(round.planId(), actor);
            round.noShow();
            for (DeliveryStop stop : stops.findByRoundIdOrderBySequence(roundId)) {
                stop.unassign();
            }
            return plan.id();
        });
        return plans.require(planId);
    }

    private DeliveryPlan editable(long planId, Actor actor) {
        DeliveryPlan plan = plans.require(planId);
        RoundPlanning.requireStaffOf(plan, actor);
        plan.requireNotSolving();
        return plan;
    }

    private DeliveryRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(RoundPlanning::roundNotFound);
    }
}
