package cn.xingfu.canteen.carelink;

import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.standing.PauseOutcome;
import cn.xingfu.canteen.standing.StandingOrderBook;
import cn.xingfu.kernel.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies care-facility-service's stay notices: an admission opens a pause (standing orders stop, orders already
 * placed from that day are cancelled and refunded), a discharge ends it on the discharge day. Each notice is
 * applied once; a repeat gets the first answer. A notice for a resident who is no canteen senior is kept, unmatched.
 */
@Service
@EnableConfigurationProperties(CareNoticeProperties.class)
public class StayNoticeDesk {

    private static final Logger log = LoggerFactory.getLogger(StayNoticeDesk.class);

    private final JdbcTemplate jdbc;
    private final SeniorDirectory seniors;
    private final StandingOrderBook book;
    private final CareNoticeProperties properties;
    private final Clock clock;

    StayNoticeDesk(
            JdbcTemplate jdbc,
            SeniorDirectory seniors,
            StandingOrderBook book,
            CareNoticeProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.seniors = seniors;
        this.book = book;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the notice did, as the sender is told (no personal data). */
    public record Receipt(long noticeId, boolean matched, String outcome) {}

    /** @throws DomainException SERVICE_ONLY, NOTICE_INVALID, MATCHING_NOT_CONFIGURED */
    @Transactional
    public Receipt receive(StayNotice notice, Actor actor) {
        if (actor.role() != Role.SERVICE) {
            throw DomainException.forbidden("SERVICE_ONLY", "仅供养老机构系统调用", "For care-facility-service only");
        }
        if (properties.matchingKey().isBlank()) {
            throw DomainException.rejected(
                    "MATCHING_NOT_CONFIGURED", "未配置人员匹配密钥", "The resident matching key is not configured");
        }
        if (!notice.idNumberHash().matches("[0-9a-f]{64}")
                || !(notice.kind().equals("ADMITTED") || notice.kind().equals("DISCHARGED"))
                || notice.stayRef().isBlank()
                || notice.stayRef().length() > 64) {
            throw DomainException.invalid("NOTICE_INVALID", "通知内容无效", "The notice is not valid");
        }
        List<Receipt> seen = jdbc.query(
                "SELECT notice_id, senior_id, outcome FROM care_stay_notice WHERE notice_id = ?",
                (rs, i) -> new Receipt(rs.getLong(1), rs.getObject(2) != null, rs.getString(3)),
                notice.noticeId());
        if (!seen.isEmpty()) {
            return seen.get(0);
        }
        SeniorMatch match = new SeniorMatch(properties.matchingKey());
        Optional<SeniorProfile> senior = seniors.matchIdNumber(
                notice.birthDate(), idNumber -> match.hash(idNumber).equals(notice.idNumberHash()));
        String outcome;
        if (senior.isEmpty()) {
            outcome = "no canteen senior matched";
        } else if (notice.kind().equals("ADMITTED")) {
            PauseOutcome paused =
                    book.careAdmission(senior.get().id(), notice.stayRef(), notice.on(), notice.facilityName());
            outcome = "paused from " + notice.on() + "; " + paused.cancelled().size() + " orders cancelled, "
                    + paused.alreadyInKitchen().size() + " already in the kitchen";
        } else {
            outcome = book.careDischarge(notice.stayRef(), notice.on())
                    .map(pause -> "pause ended on " + pause.endsOn())
                    .orElse("no admission known for this stay");
        }
        jdbc.update(
                "INSERT INTO care_stay_notice (notice_id, stay_ref, kind, event_date, senior_id, facility_name, outcome,"
                        + " received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                notice.noticeId(),
                notice.stayRef(),
                notice.kind(),
                notice.on(),
                senior.map(SeniorProfile::id).orElse(null),
                notice.facilityName().length() > 200 ? notice.facilityName().substring(0, 200) : notice.facilityName(),
                outcome,
                Timestamp.from(clock.instant()));
        log.info("Care stay notice {} ({} on {}): {}", notice.noticeId(), notice.kind(), notice.on(), outcome);
        return new Receipt(notice.noticeId(), senior.isPresent(), outcome);
    }
}
