package cn.xingfu.canteen.shared.audit.web;

import cn.xingfu.canteen.shared.audit.AuditQuery;
import cn.xingfu.canteen.shared.audit.AuditRecord;
import cn.xingfu.canteen.shared.audit.AuditTrail;
import cn.xingfu.canteen.shared.security.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The district administrator's audit search; the page /audit.html uses it. Dates are Beijing days, both inclusive. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    AuditPage search(
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Actor actor) {
        Page<AuditRecord> found = trail.search(
                new AuditQuery(
                        who,
                        subjectType,
                        subjectId,
                        kind,
                        from == null ? null : from.atStartOfDay(CHINA).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant(),
                        page,
                        size),
                actor);
        return new AuditPage(
                found.getContent(),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements(),
                found.getTotalPages());
    }

    record AuditPage(List<AuditRecord> content, int page, int size, long totalElements, int totalPages) {}
}
