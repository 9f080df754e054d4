package cn.xingfu.care.homecare;

import cn.xingfu.care.assessment.AbilityGrade;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a home-care bed is active on a date, from the facts as they stood on that date (never today's):
 * the agreement valid that day, the latest assessment on or before it, each device's last heartbeat at or
 * before the moment judged, whether the senior was in an institution that day, and the date of death.
 * Plain Java so every edge can be tested without a database.
 */
final class ActivityRules {

    private ActivityRules() {}

    /** A device installed at {@code installedAt}, with its last heartbeat at or before the moment judged. */
    record DeviceState(Instant installedAt, @Nullable Instant lastHeartbeat) {}

    /** The latest GB/T 42195-2022 assessment on or before the date, as far as this rule needs it. */
    record Assessment(LocalDate assessedOn, @Nullable AbilityGrade finalGrade) {}

    /** Everything known about the bed on {@code on}; {@code judgedAt} is the end of that day, or now for today. */
    record Facts(
            LocalDate on,
            Instant judgedAt,
            @Nullable AgreementView agreement,
            AbilityGrade minimumGrade,
            @Nullable Assessment assessment,
            List<DeviceState> devices,
            Duration offlineAfter,
            boolean inInstitution,
            @Nullable LocalDate deceasedOn) {}

    static BedActivity judge(long bedId, Facts facts) {
        List<BedActivity.Condition> conditions = new ArrayList<>();
        AgreementView agreement = facts.agreement();
        conditions.add(new BedActivity.Condition(
                "AGREEMENT",
                agreement != null,
                agreement != null ? "协议 " + agreement.number() + " 有效" : "当日无有效的已签服务协议"));

        Assessment assessment = facts.assessment();
        boolean graded = assessment != null
                && assessment.finalGrade() != null
                && assessment.finalGrade().atLeast(facts.minimumGrade());
        conditions.add(new BedActivity.Condition(
                "ASSESSMENT",
                graded,
                assessment != null
                        ? "最近评估 " + assessment.assessedOn() + "："
                                + (assessment.finalGrade() == null
                                        ? "-"
                                        : assessment.finalGrade().nameZh())
                                + "；要求不低于 " + facts.minimumGrade().nameZh()
                        : "当日及以前无 GB/T 42195-2022 评估；要求不低于 "
                                + facts.minimumGrade().nameZh()));

        List<DeviceState> installed = facts.devices().stream()
                .filter(d -> !d.installedAt().isAfter(facts.judgedAt()))
                .toList();
        long offline = installed.stream()
                .filter(d -> !online(d, facts.judgedAt(), facts.offlineAfter()))
                .count();
        conditions.add(new BedActivity.Condition(
                "DEVICES_ONLINE",
                !installed.isEmpty() && offline == 0,
                installed.isEmpty() ? "当日未安装设备" : offline + " / " + installed.size() + " 台设备离线"));

        boolean known = agreement != null;
        boolean atHome = known && !facts.inInstitution();
        conditions.add(
                new BedActivity.Condition("NOT_IN_INSTITUTION", atHome, atHome ? "居家" : known ? "当日住在养老机构" : "无服务对象"));
        boolean alive =
                known && (facts.deceasedOn() == null || facts.deceasedOn().isAfter(facts.on()));
        conditions.add(new BedActivity.Condition("ALIVE", alive, alive ? "在世" : known ? "已故" : "无服务对象"));

        return new BedActivity(
                bedId, facts.on(), conditions.stream().allMatch(BedActivity.Condition::met), List.copyOf(conditions));
    }

    /** Online when the last heartbeat is at most {@code offlineAfter} old at the moment judged (the edge counts). */
    static boolean online(DeviceState device, Instant at, Duration offlineAfter) {
        Instant last = device.lastHeartbeat();
        return last != null && !last.isAfter(at) && !last.isBefore(at.minus(offlineAfter));
    }
}
