package cn.xingfu.care.canteenlink.web;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.dashboard.CareDashboard;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The care part of the bureau's district figures, for canteen-service's service account (and district
 * administrators): institutions, beds by type, caregiver certification and star levels. Aggregates only: no
 * resident, no name.
 */
@RestController
class DistrictFiguresEndpoint {

    private final CareDashboard dashboard;
    private final Clock clock;

    DistrictFiguresEndpoint(CareDashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/api/canteen-link/district-figures")
    Figures figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Actor actor) {
        if (actor.role() != Role.SERVICE && !actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "SERVICE_ONLY", "仅供助餐系统和区级管理员调用", "For canteen-service and district administrators only");
        }
        // the aggregate needs the district's scope; the caller only ever receives counts
        Actor district = new Actor(actor.id(), actor.username(), actor.displayName(), Role.DISTRICT_ADMIN, Set.of());
        CareDashboard.DistrictOverview overview =
                dashboard.district(district, date != null ? date : LocalDate.now(clock));
        var certification = overview.certification();
        return new Figures(
                overview.on(),
                overview.facilities(),
                overview.beds().stream()
                        .map(b -> new Figures.BedCount(
                                b.bedType().name(),
                                zh(b.bedType()),
                                en(b.bedType()),
                                b.beds(),
                                b.occupied(),
                                b.vacant()))
                        .toList(),
                certification.activeCaregivers(),
                certification.certifiedCaregivers(),
                certification.activeCaregivers() == 0 ? null : certification.ratePercent(),
                overview.stars().stream()
                        .map(s -> new Figures.LevelCount(s.level(), s.labelZh(), s.labelEn(), s.facilities()))
                        .toList());
    }

    record Figures(
            LocalDate on,
            int facilities,
            List<BedCount> beds,
            int activeCaregivers,
            int certifiedCaregivers,
            @Nullable BigDecimal certificationRatePercent,
            List<LevelCount> stars) {

        record BedCount(String bedType, String labelZh, String labelEn, int beds, int occupied, int vacant) {}

        record LevelCount(@Nullable Integer level, String labelZh, String labelEn, int facilities) {}
    }

    private static String zh(BedType type) {
        return switch (type) {
            case STANDARD -> "普通床位";
            case COGNITIVE_CARE -> "认知障碍照护床位";
            case HOME_CARE -> "家庭养老床位";
        };
    }

    private static String en(BedType type) {
        return switch (type) {
            case STANDARD -> "Standard";
            case COGNITIVE_CARE -> "Cognitive care";
            case HOME_CARE -> "Home care";
        };
    }
}
