package cn.xingfu.care.rating;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo ratings: the district welfare institute 五星 and 五叶 (with an older 四星 in its history), the others
 * two to four stars, one rating expired; a self-assessment per facility. Skips facilities that have ratings.
 */
@Component
@Profile("demo")
@Order(81)
class RatingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RatingDemoData.class);
    private static final Actor SEEDER = new Actor(0, "demo", "demo", Role.DISTRICT_ADMIN, Set.of());
    private static final String COMMITTEE = "重庆市养老机构评定委员会";

    private final FacilityDirectory facilities;
    private final FacilityRatings ratings;
    private final RatingRegistry registry;
    private final Clock clock;

    RatingDemoData(FacilityDirectory facilities, FacilityRatings ratings, RatingRegistry registry, Clock clock) {
        this.facilities = facilities;
        this.ratings = ratings;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        List<FacilityView> all = facilities.visibleTo(SEEDER);
        int stars = 4;
        for (FacilityView facility : all) {
            if (!ratings.findByFacilityIdOrderByDecisionDateDescRecordedAtDesc(facility.id())
                    .isEmpty()) {
                continue;
            }
            if (facility.name().contains("福利院")) {
                star(facility, RatingScheme.STAR, 4, LocalDate.of(2019, 12, 20), LocalDate.of(2022, 12, 19));
                star(facility, RatingScheme.STAR, 5, today.minusMonths(30), today.plusMonths(6));
                star(facility, RatingScheme.LEAF, 5, today.minusMonths(20), today.plusMonths(16));
                selfAssess(facility, today, 116, 125, 142, 575);
            } else if (facility.openedOn().isAfter(today.minusYears(1))) {
                selfAssess(facility, today, 70, 80, 90, 400); // too new to apply: shows the eligibility rule
            } else if (stars == 1) {
                // an expired rating: shows as unrated
                star(facility, RatingScheme.STAR, 3, LocalDate.of(2020, 11, 1), LocalDate.of(2023, 10, 31));
                selfAssess(facility, today, 90, 100, 110, 470);
                stars = 4;
            } else {
                star(facility, RatingScheme.STAR, stars, today.minusMonths(10 + stars), today.plusMonths(26 - stars));
                if (stars == 4) {
                    star(facility, RatingScheme.LEAF, 4, today.minusMonths(8), today.plusMonths(28));
                }
                selfAssess(facility, today, 60 + 12 * stars, 70 + 12 * stars, 80 + 14 * stars, 330 + 55 * stars);
                stars--;
            }
        }
        log.info("Rating demo: {} facilities considered", all.size());
    }

    private void star(FacilityView facility, RatingScheme scheme, int level, LocalDate decided, LocalDate until) {
        registry.record(
                SEEDER,
                facility.id(),
                new RatingRegistry.NewRating(
                        scheme,
                        level,
                        COMMITTEE,
                        decided,
                        until,
                        scheme == RatingScheme.STAR ? "GB/T 37276-2018" : "重庆市《养老机构等级划分与评定》"));
    }

    private void selfAssess(FacilityView facility, LocalDate today, int env, int fac, int ops, int service) {
        registry.selfAssess(
                SEEDER,
                facility.id(),
                RatingScheme.STAR,
                today.minusDays(14),
                new PartScores(env, fac, ops, service),
                Vetoes.none(),
                "演示自评 demo self-assessment");
    }
}
