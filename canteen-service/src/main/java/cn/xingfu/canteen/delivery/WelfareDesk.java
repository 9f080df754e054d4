package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.Masking;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Welfare checks (探访关爱): a failed or unconfirmed delivery becomes an alert for the canteen staff, naming who
 * must follow up (the emergency contact, the community worker). It stays open until someone records the outcome.
 */
@Service
@Transactional
public class WelfareDesk {

    private final WelfareAlerts alerts;
    private final DeliveryStops stops;
    private final SeniorDirectory seniors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WelfareDesk(
            WelfareAlerts alerts,
            DeliveryStops stops,
            SeniorDirectory seniors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.stops = stops;
        this.seniors = seniors;
        this.events = events;
        this.clock = clock;
    }

    /** Raises (once per stop and reason) and announces {@link WelfareAlertRaised}. */
    void raise(long canteenId, DeliveryStop stop, AlertReason reason, @Nullable String detail, String by) {
        stop.markAlerted();
        if (alerts.findByStopIdAndReason(stop.id(), reason).isPresent()) {
            return;
        }
        DeliveryContact contact = seniors.deliveryContact(stop.seniorId());
        WelfareAlert alert = alerts.save(new WelfareAlert(
                Ids.next(),
                canteenId,
                stop.seniorId(),
                stop.orderId(),
                stop.id(),
                reason,
                detail,
                followUp(contact),
                clock.instant(),
                by));
        events.publishEvent(new WelfareAlertRaised(
                alert.id(),
                canteenId,
                stop.seniorId(),
                Masking.name(contact.name()),
                stop.orderId(),
                reason,
                reason.zh(),
                reason.en(),
                alert.raisedAt()));
    }

    @Transactional(readOnly = true)
    public List<AlertView> open(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return alerts.findByCanteenIdAndStatusOrderByRaisedAtDesc(canteenId, "OPEN").stream()
                .map(this::view)
                .toList();
    }

    /**
     * For the live module, after the alert committed: the alert as the staff list shows it, without a caller's
     * permission check. Whoever pushes it must send it only where the canteen's staff listen.
     */
    @Transactional(readOnly = true)
    public AlertView snapshot(long alertId) {
        return alerts.findById(alertId).map(this::view).orElseThrow(WelfareDesk::alertNotFound);
    }

    /** {@code canteenId} if given, else the actor's own canteen. */
    public long canteenOf(@Nullable Long canteenId, Actor actor) {
        actor.requireStaff();
        Long canteen = canteenId != null ? canteenId : actor.canteenId();
        if (canteen == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say which canteen");
        }
        actor.requireCanteen(canteen);
        return canteen;
    }

    public AlertView resolve(long alertId, String resolution, Actor actor) {
        actor.requireStaff();
        WelfareAlert alert = alerts.findById(alertId).orElseThrow(WelfareDesk::alertNotFound);
        actor.requireCanteen(alert.canteenId());
        String text = resolution.trim();
        if (text.isEmpty() || text.length() > 500) {
            throw DomainException.invalid(
                    "RESOLUTION_REQUIRED", "请填写处理结果（不超过 500 字）", "Say how it was resolved (at most 500 characters)");
        }
        alert.resolve(text, clock.instant(), actor.username());
        events.publishEvent(
                new WelfareAlertResolved(alert.id(), alert.canteenId(), actor.username(), alert.resolvedAt()));
        return view(alert);
    }

    private static DomainException alertNotFound() {
        return DomainException.notFound("ALERT_NOT_FOUND", "找不到该提醒", "Alert not found");
    }

    private AlertView view(WelfareAlert alert) {
        DeliveryContact contact = seniors.deliveryContact(alert.seniorId());
        DeliveryStop stop = stops.findById(alert.stopId()).orElse(null);
        return new AlertView(
                alert.id(),
                alert.canteenId(),
                alert.seniorId(),
                contact.name(),
                contact.address(),
                alert.orderId(),
                alert.stopId(),
                stop == null ? null : stop.roundId(),
                stop == null ? 0 : stop.sequence(),
                alert.reason(),
                alert.reason().zh(),
                alert.reason().en(),
                alert.detail(),
                alert.followUp(),
                alert.status(),
                alert.raisedAt(),
                alert.raisedBy(),
                alert.resolvedAt(),
                alert.resolvedBy(),
                alert.resolution());
    }

    private static String followUp(DeliveryContact contact) {
        List<String> parts = new ArrayList<>();
        if (contact.emergencyContactName() != null) {
            parts.add("紧急联系人 Emergency contact: " + contact.emergencyContactName()
                    + (contact.emergencyContactRelation() == null
                            ? ""
                            : " (" + contact.emergencyContactRelation() + ")")
                    + (contact.emergencyContactPhone() == null ? "" : " " + contact.emergencyContactPhone()));
        }
        if (contact.communityWorkerName() != null) {
            parts.add("社区工作者 Community worker: " + contact.communityWorkerName()
                    + (contact.communityWorkerPhone() == null ? "" : " " + contact.communityWorkerPhone()));
        }
        if (parts.isEmpty()) {
            parts.add("未登记紧急联系人，请联系社区 No contact registered: call the community office");
        }
        return String.join("; ", parts);
    }
}
