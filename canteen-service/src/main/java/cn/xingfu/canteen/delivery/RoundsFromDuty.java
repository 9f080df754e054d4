package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A plan's rounds follow the volunteers on duty: one round per volunteer, refreshed with their current box
 * capacity and transport. Rounds with trips out (or finished) stay as they are, a no-show stays out, and the
 * round of a volunteer no longer on duty is removed, its stops going back to planning. Runs inside the planning
 * transaction.
 */
@Component
class RoundsFromDuty {

    private final DeliveryRounds rounds;
    private final VolunteerRegistry registry;

    RoundsFromDuty(DeliveryRounds rounds, VolunteerRegistry registry) {
        this.rounds = rounds;
        this.registry = registry;
    }

    /** The rounds to plan: those already on the road (pinned) and those open for planning. */
    record DutyRounds(List<DeliveryRound> started, List<DeliveryRound> planned) {
        List<DeliveryRound> all() {
            List<DeliveryRound> all = new ArrayList<>(started);
            all.addAll(planned);
            return all;
        }
    }

    DutyRounds follow(
            DeliveryPlan plan, LocalDate date, MealPeriod period, Instant departure, Collection<DeliveryStop> stops) {
        List<DeliveryRound> existing = rounds.findByPlanIdOrderById(plan.id());
        Set<Long> excluded = existing.stream()
                .filter(r -> !r.isOpenForPlanning())
                .map(DeliveryRound::volunteerId)
                .collect(Collectors.toSet());
        Map<Long, DeliveryRound> open = new HashMap<>();
        existing.stream().filter(DeliveryRound::isOpenForPlanning).forEach(r -> open.put(r.volunteerId(), r));
        List<DeliveryRound> planned = new ArrayList<>();
        for (Volunteer volunteer : registry.onDuty(plan.canteenId(), date, period)) {
            if (excluded.contains(volunteer.id())) {
                continue;
            }
            DeliveryRound round = open.remove(volunteer.id());
            if (round == null) {
                round = rounds.save(new DeliveryRound(
                        Ids.next(),
                        plan.id(),
                        volunteer.id(),
                        volunteer.boxCapacity(),
                        volunteer.transport(),
                        departure));
            } else {
                round.refresh(volunteer.boxCapacity(), volunteer.transport(), departure, round.travelSeconds());
            }
            planned.add(round);
        }
        Set<Long> dropped = open.values().stream().map(DeliveryRound::id).collect(Collectors.toSet());
        for (DeliveryStop stop : stops) {
            if (stop.roundId() != null && dropped.contains(stop.roundId())) {
                stop.unassign();
            }
        }
        rounds.deleteAll(open.values());
        rounds.flush();
        List<DeliveryRound> started = existing.stream()
                .filter(r -> r.status() == RoundStatus.PICKED_UP || r.status() == RoundStatus.FINISHED)
                .toList();
        return new DutyRounds(started, planned);
    }
}
