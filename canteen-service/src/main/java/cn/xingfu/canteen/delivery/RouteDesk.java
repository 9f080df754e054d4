package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.card.CardImages;
import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatistics;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Masking;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer's side: today's route, picking the meals up, and closing each stop with proof (the senior's card)
 * or a reason. A volunteer sees and touches only their own rounds.
 */
@Service
@Transactional
public class RouteDesk {

    private static final Logger audit = LoggerFactory.getLogger("cn.xingfu.audit.delivery");
    private static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    // the phone page shrinks photos to fit the 64 KB request limit
    private static final int MAX_PHOTO_BYTES = 48 * 1024;

    private final VolunteerRegistry registry;
    private final DeliveryPlans plans;
    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final OrderQueries orders;
    private final OrderStatistics cooking;
    private final OrderProgress progress;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;
    private final CardVerification cards;
    private final WelfareDesk welfare;
    private final DeliveryProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RouteDesk(
            VolunteerRegistry registry,
            DeliveryPlans plans,
            DeliveryRounds rounds,
            DeliveryStops stops,
            OrderQueries orders,
            OrderStatistics cooking,
            OrderProgress progress,
            SeniorDirectory seniors,
            CanteenDirectory canteens,
            CardVerification cards,
            WelfareDesk welfare,
            DeliveryProperties properties,
            JdbcTemplate jdbc,
            Clock clock) {
        this.registry = registry;
        this.plans = plans;
        this.rounds = rounds;
        this.stops = stops;
        this.orders = orders;
        this.cooking = cooking;
        this.progress = progress;
        this.seniors = seniors;
        this.canteens = canteens;
        this.cards = cards;
        this.welfare = welfare;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed-in volunteer's rounds of {@code date} (today when null), stops in visiting order. */
    @Transactional(readOnly = true)
    public MyRoute myRoute(@Nullable LocalDate date, Actor actor) {
        Volunteer volunteer = registry.forActor(actor);
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(RoundPlanning.BEIJING));
        Map<Long, DeliveryPlan> dayPlans =
                plans.findByServiceDate(day).stream().collect(Collectors.toMap(DeliveryPlan::id, Function.identity()));
        List<MyRoute.MyRound> result = new ArrayList<>();
        if (!dayPlans.isEmpty()) {
            List<DeliveryRound> mine = rounds.findByVolunteerIdAndPlanIdIn(volunteer.id(), dayPlans.keySet()).stream()
                    .filter(r -> r.status() != RoundStatus.NO_SHOW)
                    .sorted(Comparator.comparing(DeliveryRound::departureAt))
                    .toList();
            for (DeliveryRound round : mine) {
                DeliveryPlan plan = dayPlans.get(round.planId());
                CanteenView canteen = canteens.canteen(plan.canteenId());
                List<DeliveryStop> list = stops.findByRoundIdOrderBySequence(round.id());
                List<MyRoute.MyStop> myStops = list.stream().map(this::myStop).toList();
                result.add(new MyRoute.MyRound(
                        round.id(),
                        plan.period(),
                        plan.period().zh(),
                        round.status(),
                        round.status().zh(),
                        round.status().en(),
                        round.departureAt(),
                        round.trips(),
                        nextTrip(list),
                        canteen.name(),
                        canteen.address(),
                        canteen.latitude(),
                        canteen.longitude(),
                        myStops));
            }
        }
        return new MyRoute(volunteer.id(), volunteer.name(), day, result);
    }

    /** The full phone number of a senior on the volunteer's own round, for tap-to-call; every read is logged. */
    @Transactional(readOnly = true)
    public String phoneFor(long stopId, Actor actor) {
        DeliveryStop stop = ownStop(stopId, actor);
        String phone = seniors.deliveryContact(stop.seniorId()).phone();
        if (phone == null || phone.isBlank()) {
            throw DomainException.notFound("NO_PHONE", "该老人没有登记电话", "No phone number is registered");
        }
        audit.info("phone-read stop={} senior={} by={}", stopId, stop.seniorId(), actor.username());
        return phone;
    }

    /**
     * The volunteer has the meals of the next trip: those stops are fixed from now on and their orders are out for
     * delivery. The trip after it can be picked up once every meal of this one is handed over or reported.
     */
    public MyRoute.MyRound pickUp(long roundId, Actor actor) {
        DeliveryRound round = ownRound(roundId, actor);
        List<DeliveryStop> list = stops.findByRoundIdOrderBySequence(roundId);
        int trip = nextTrip(list);
        if (trip == 0 && list.stream().anyMatch(s -> s.status() == StopStatus.OUT)) {
            throw DomainException.conflict(
                    "TRIP_STILL_OUT",
                    "这一趟还有餐未送达，请先处理完再取下一趟",
                    "Meals of this trip are still out; close them before picking up the next trip");
        }
        if (trip == 0) {
            throw DomainException.conflict(
                    "ROUND_NOT_PLANNED", "该路线已取餐或已结束", "This round was already picked up or closed");
        }
        Instant now = clock.instant();
        round.pickUpTrip(now);
        for (DeliveryStop stop : list) {
            if (!stop.isWaiting() || stop.trip() != trip) {
                continue;
            }
            OrderView order = orders.snapshot(stop.orderId());
            if (order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            if (order.status() != OrderStatus.OUT_FOR_DELIVERY) {
                if (order.status() != OrderStatus.READY) {
                    throw DomainException.conflict(
                            "MEAL_NOT_READY",
                            "还有餐食未出餐，请等厨房出餐后再取",
                            "A meal of this round is not ready yet; wait for the kitchen");
                }
                progress.recordDeliveryStep(
                        stop.orderId(), OrderStatus.OUT_FOR_DELIVERY, "volunteer picked up", actor.username());
            }
            stop.out(now);
        }
        return myRoute(null, actor).rounds().stream()
                .filter(r -> r.roundId() == roundId)
                .findFirst()
                .orElseThrow(RoundPlanning::roundNotFound);
    }

    /**
     * Hand-over with proof: the senior's card (scanned QR token or typed short code) must verify and belong to the
     * senior of this stop.
     */
    public MyRoute.MyStop delivered(long stopId, @Nullable String qrToken, @Nullable String manualCode, Actor actor) {
        DeliveryStop stop = ownStop(stopId, actor);
        // before the card is checked: a wrong state must not cost the volunteer a card attempt
        stop.requireOut();
        DeliveryPlan plan = plans.findById(stop.planId()).orElseThrow();
        ScanContext context = new ScanContext(actor, plan.canteenId());
        VerifiedCard card;
        String proof;
        if (qrToken != null && !qrToken.isBlank()) {
            card = cards.verify(qrToken.trim(), context);
            proof = "CARD_QR";
        } else if (manualCode != null && !manualCode.isBlank()) {
            card = cards.verifyManualCode(manualCode.trim(), context);
            proof = "CARD_CODE";
        } else {
            throw DomainException.invalid("PROOF_REQUIRED", "请扫描或输入老人的助餐卡", "Scan or type the senior's meal card");
        }
        if (card.seniorId() != stop.seniorId()) {
            throw DomainException.rejected(
                    "CARD_OF_ANOTHER_SENIOR", "这张卡不是本单老人的", "This card belongs to another senior");
        }
        DeliveryRound round = rounds.findById(stop.roundId()).orElseThrow();
        // the ceiling counts from when the kitchen marked the meal READY (the cooking-finished time); only an order
        // that never went through READY falls back to when its round first set out
        Instant setOut = round.departureAt().isBefore(stop.outAt()) ? round.departureAt() : stop.outAt();
        stop.delivered(
                proof,
                card.scanId(),
                clock.instant(),
                cooking.readyAt(stop.orderId()).orElse(setOut),
                properties.foodToMouthCeiling(),
                actor.username());
        progress.recordDeliveryStep(
                stop.orderId(),
                OrderStatus.DELIVERED,
                stop.late() ? "delivered late: reheat or check 超时送达" : "delivered, card checked",
                actor.username());
        finishIfDone(round);
        return myStop(stop);
    }

    /**
     * Hand-over with a photo or camera frame of the senior's card, for phones that cannot read QR codes themselves.
     * A picture without a readable code costs no card attempt: the phone simply sends the next frame.
     */
    public MyRoute.MyStop deliveredWithCardImage(long stopId, byte[] image, Actor actor) {
        ownStop(stopId, actor).requireOut();
        String token = CardImages.qrText(image)
                .orElseThrow(() -> DomainException.invalid(
                        "NO_CARD_IN_IMAGE",
                        "没有在画面中找到助餐卡二维码，请对准卡片再试",
                        "No meal-card QR code found in the picture; aim at the card and try again"));
        return delivered(stopId, token, null, actor);
    }

    /** Not handed over; nobody home and an unwell senior raise a welfare alert for the canteen staff. */
    public MyRoute.MyStop notDelivered(
            long stopId,
            FailureReason reason,
            @Nullable String note,
            @Nullable String photoBase64,
            @Nullable String photoType,
            Actor actor) {
        DeliveryStop stop = ownStop(stopId, actor);
        byte[] photo = null;
        if (photoBase64 != null && !photoBase64.isBlank()) {
            if (photoType == null || !PHOTO_TYPES.contains(photoType)) {
                throw DomainException.invalid(
                        "PHOTO_TYPE", "照片须为 JPEG、PNG 或 WebP", "The photo must be JPEG, PNG or WebP");
            }
            try {
                photo = Base64.getDecoder().decode(photoBase64);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("PHOTO_INVALID", "照片数据无效", "The photo data is not valid");
            }
            if (photo.length > MAX_PHOTO_BYTES) {
                throw DomainException.invalid("PHOTO_TOO_LARGE", "照片不能超过 48 KB", "The photo must not exceed 48 KB");
            }
        }
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 300) {
            throw DomainException.invalid("NOTE_TOO_LONG", "备注不能超过 300 字", "The note must not exceed 300 characters");
        }
        stop.notDelivered(reason, trimmed, clock.instant(), actor.username());
        if (photo != null) {
            jdbc.update(
                    "INSERT INTO delivery_photo (stop_id, content_type, bytes, taken_at) VALUES (?, ?, ?, ?)",
                    stop.id(),
                    photoType,
                    photo,
                    java.sql.Timestamp.from(clock.instant()));
        }
        // the order's history (plaintext, read by kitchen and counter) names the reason only; the volunteer's own
        // words, often about the senior's health, stay on the stop, encrypted
        progress.recordDeliveryStep(
                stop.orderId(), OrderStatus.FAILED, reason.zh() + " / " + reason.en(), actor.username());
        DeliveryPlan plan = plans.findById(stop.planId()).orElseThrow();
        if (reason.welfareConcern()) {
            welfare.raise(
                    plan.canteenId(),
                    stop,
                    reason == FailureReason.NOBODY_HOME ? AlertReason.NOBODY_HOME : AlertReason.SENIOR_UNWELL,
                    trimmed,
                    actor.username());
        }
        finishIfDone(rounds.findById(stop.roundId()).orElseThrow());
        return myStop(stop);
    }

    /**
     * The volunteer's check at the door after the hand-over: an unwell senior or one who needs a call raises a welfare
     * alert for the canteen staff through the same path as a failed delivery.
     */
    public MyRoute.MyStop checkWellbeing(long stopId, Wellbeing check, @Nullable String note, Actor actor) {
        DeliveryStop stop = ownStop(stopId, actor);
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 300) {
            throw DomainException.invalid("NOTE_TOO_LONG", "备注不能超过 300 字", "The note must not exceed 300 characters");
        }
        stop.checkWellbeing(check, trimmed, clock.instant());
        AlertReason alert = check.alert();
        if (alert != null) {
            DeliveryPlan plan = plans.findById(stop.planId()).orElseThrow();
            String detail = "上门查看 Doorstep check: " + check.zh() + " / " + check.en()
                    + (trimmed == null ? "" : " · " + trimmed);
            welfare.raise(plan.canteenId(), stop, alert, detail, actor.username());
        }
        audit.info("wellbeing stop={} senior={} check={} by={}", stopId, stop.seniorId(), check, actor.username());
        return myStop(stop);
    }

    /** Stops out for longer than the hot-meal window without a confirmation raise a welfare alert (scheduler). */
    void alertUnconfirmed() {
        Instant now = clock.instant();
        for (DeliveryStop stop : stops.findByStatusAndAlertedFalse(StopStatus.OUT)) {
            if (stop.outAt() == null) {
                continue;
            }
            if (stop.outAt().plus(properties.hotWindow()).isBefore(now)) {
                DeliveryPlan plan = plans.findById(stop.planId()).orElseThrow();
                welfare.raise(plan.canteenId(), stop, AlertReason.NOT_CONFIRMED, null, "system");
            }
        }
    }

    /** The trip the volunteer can pick up now: none while meals are out, none when nothing waits. */
    private static int nextTrip(List<DeliveryStop> list) {
        if (list.stream().anyMatch(s -> s.status() == StopStatus.OUT)) {
            return 0;
        }
        return list.stream()
                .filter(DeliveryStop::isWaiting)
                .mapToInt(DeliveryStop::trip)
                .min()
                .orElse(0);
    }

    private void finishIfDone(DeliveryRound round) {
        if (stops.findByRoundIdOrderBySequence(round.id()).stream().allMatch(DeliveryStop::isClosed)) {
            round.finish();
        }
    }

    private MyRoute.MyStop myStop(DeliveryStop stop) {
        DeliveryContact contact = seniors.deliveryContact(stop.seniorId());
        OrderView order = orders.snapshot(stop.orderId());
        List<String> dishes = order.lines().stream()
                .map(line -> line.name() + " ×" + line.quantity())
                .toList();
        return new MyRoute.MyStop(
                stop.id(),
                stop.sequence(),
                stop.trip(),
                stop.tripLeavesAt(),
                Masking.name(contact.name()),
                contact.address(),
                contact.maskedPhone(),
                contact.deliveryNotes(),
                order.dietaryFlags(),
                dishes,
                contact.preferredFrom(),
                contact.preferredUntil(),
                stop.plannedArrival(),
                stop.status(),
                stop.status().zh(),
                stop.status().en(),
                stop.reason(),
                stop.latitude(),
                stop.longitude(),
                stop.wellbeing());
    }

    private DeliveryRound ownRound(long roundId, Actor actor) {
        Volunteer volunteer = registry.forActor(actor);
        return rounds.findById(roundId)
                .filter(r -> r.volunteerId() == volunteer.id() && r.status() != RoundStatus.NO_SHOW)
                // another volunteer's round does not exist as far as this volunteer can tell
                .orElseThrow(RoundPlanning::roundNotFound);
    }

    private DeliveryStop ownStop(long stopId, Actor actor) {
        Volunteer volunteer = registry.forActor(actor);
        DeliveryStop stop = stops.findById(stopId).orElseThrow(RoundPlanning::stopNotFound);
        if (stop.roundId() == null) {
            throw RoundPlanning.stopNotFound();
        }
        rounds.findById(stop.roundId())
                .filter(r -> r.volunteerId() == volunteer.id() && r.status() != RoundStatus.NO_SHOW)
                .orElseThrow(RoundPlanning::stopNotFound);
        return stop;
    }
}
