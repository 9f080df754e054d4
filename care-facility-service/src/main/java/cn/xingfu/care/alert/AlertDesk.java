package cn.xingfu.care.alert;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises, resolves and lists the alerts of care managers' facilities. */
@Service
public class AlertDesk {

    private final CareAlerts alerts;
    private final FacilityDirectory facilities;
    private final Clock clock;

    AlertDesk(CareAlerts alerts, FacilityDirectory facilities, Clock clock) {
        this.alerts = alerts;
        this.facilities = facilities;
        this.clock = clock;
    }

    /**
     * Raises an alert unless one is already open for the same subject (a stable key such as
     * {@code staffing:unit:7:2026-03-02:NIGHT:NIGHT_CAREGIVERS}); returns the open alert either way.
     */
    @Transactional
    public AlertView raise(long facilityId, AlertKind kind, String subject, String messageZh, String messageEn) {
        return alerts.findByFacilityIdAndOpenKey(facilityId, subject)
                .orElseGet(() -> alerts.saveAndFlush(
                        new CareAlert(Ids.next(), facilityId, kind, subject, messageZh, messageEn, clock.instant())))
                .view();
    }

    /** The rule behind the open alert for {@code subject} is met again: the alert closes by itself. */
    @Transactional
    public void resolve(long facilityId, String subject) {
        alerts.findByFacilityIdAndOpenKey(facilityId, subject).ifPresent(a -> a.resolved(clock.instant()));
    }

    @Transactional
    public AlertView acknowledge(Actor actor, long alertId) {
        CareAlert alert = alerts.findById(alertId)
                .orElseThrow(() -> DomainException.notFound("ALERT_NOT_FOUND", "没有这条提醒", "There is no such alert"));
        actor.requireFacility(alert.facilityId());
        if (!alert.open()) {
            throw DomainException.conflict("ALERT_CLOSED", "该提醒已处理", "This alert is already closed");
        }
        alert.acknowledged(actor.username(), clock.instant());
        return alert.view();
    }

    /** Open alerts of the facilities the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<AlertView> open(Actor actor) {
        List<Long> visible =
                facilities.visibleTo(actor).stream().map(FacilityView::id).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        return alerts.findByFacilityIdInAndOpenKeyIsNotNullOrderByRaisedAtDesc(visible).stream()
                .map(CareAlert::view)
                .toList();
    }

    /** Every alert (open or closed) of the facility whose subject starts with {@code prefix}, newest first. */
    @Transactional(readOnly = true)
    public List<AlertView> history(Actor actor, long facilityId, String prefix) {
        facilities.visible(actor, facilityId);
        return alerts.findByFacilityIdAndSubjectStartingWithOrderByRaisedAtDesc(facilityId, prefix).stream()
                .map(CareAlert::view)
                .toList();
    }
}
