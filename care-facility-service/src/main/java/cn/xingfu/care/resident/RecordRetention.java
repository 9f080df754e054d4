package cn.xingfu.care.resident;

import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.IdNumberIndex;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resident records are kept for at least five years after the service agreement ends (养老机构管理办法 art. 32)
 * and then anonymised: name, ID number, phone, health notes and diagnoses go (and the names on the resident's
 * consents), the birth date keeps only its year,
 * so occupancy and age figures of past years stay right. The agreement ends with the last discharge, the last
 * home-care agreement ({@link ServiceEnds}) or, for someone never admitted, the registration. Never earlier: a
 * record whose five years end today is kept until tomorrow. Runs nightly, once per cluster (ShedLock).
 */
@Component
public class RecordRetention {

    public static final Period RETENTION = Period.ofYears(5);

    private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);
    private static final int BATCH = 500;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final EnumSet<AdmissionStatus> OPEN = EnumSet.of(
            AdmissionStatus.REQUESTED, AdmissionStatus.APPROVED, AdmissionStatus.ADMITTED, AdmissionStatus.ON_LEAVE);

    private final Residents residents;
    private final Admissions admissions;
    private final AdmissionEvents admissionEvents;
    private final Diagnoses diagnoses;
    private final List<ServiceEnds> otherAgreements;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ResidentConsents consents;

    RecordRetention(
            Residents residents,
            Admissions admissions,
            AdmissionEvents admissionEvents,
            Diagnoses diagnoses,
            List<ServiceEnds> otherAgreements,
            FieldCipher cipher,
            ApplicationEventPublisher events,
            Clock clock,
            ResidentConsents consents) {
        this.consents = consents;
        this.residents = residents;
        this.admissions = admissions;
        this.admissionEvents = admissionEvents;
        this.diagnoses = diagnoses;
        this.otherAgreements = otherAgreements;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${xingfu.retention.cron:0 40 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "resident-record-retention", lockAtMostFor = "PT1H")
    public void scheduledRun() {
        List<Long> done = anonymiseDue();
        if (!done.isEmpty()) {
            log.info("Retention: {} resident records anonymised", done.size());
        }
    }

    /** Anonymises every record whose retention has run out; returns their ids. */
    @Transactional
    public List<Long> anonymiseDue() {
        return anonymiseDue(null);
    }

    /** The same, for one facility only ({@code null} = all). */
    @Transactional
    public List<Long> anonymiseDue(@Nullable Long facilityId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minus(RETENTION);
        List<Long> done = new ArrayList<>();
        long after = Long.MIN_VALUE;
        List<Resident> page;
        do {
            page = residents.retentionCandidates(
                    facilityId, after, cutoff.atStartOfDay(BEIJING).toInstant(), cutoff, OPEN, Limit.of(BATCH));
            for (Resident resident : page) {
                after = resident.id();
                if (serviceEnd(resident).plus(RETENTION).isBefore(today)) {
                    anonymise(resident, today);
                    done.add(resident.id());
                }
            }
        } while (page.size() == BATCH);
        return done;
    }

    /** When the last agreement with the resident ended (or ends). */
    LocalDate serviceEnd(Resident resident) {
        Stream<LocalDate> stays = admissions.findByResidentIdOrderByRequestedOn(resident.id()).stream()
                .map(a -> a.dischargedOn() != null ? a.dischargedOn() : a.requestedOn());
        Stream<LocalDate> others = otherAgreements.stream()
                .map(o -> o.lastServiceEnd(resident.id()))
                .flatMap(Optional::stream);
        // a record entered after the stay it describes still counts from the stay; with none, from registration
        return Stream.concat(stays, others)
                .max(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.ofInstant(resident.createdAt(), BEIJING));
    }

    private void anonymise(Resident resident, LocalDate today) {
        String placeholder = "ANONYMISED-" + resident.id();
        resident.anonymise(today, placeholder, cipher.blindIndex(IdNumberIndex.RESIDENT, placeholder));
        diagnoses.deleteByResidentId(resident.id());
        admissions.clearNotesOf(resident.id());
        admissionEvents.clearNotesOf(resident.id());
        consents.anonymise(resident.id());
        events.publishEvent(new ResidentAnonymised(resident.id(), resident.facilityId(), today));
    }
}
