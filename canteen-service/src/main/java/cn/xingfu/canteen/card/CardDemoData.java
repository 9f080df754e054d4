package cn.xingfu.canteen.card;

import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorSearch;
import cn.xingfu.canteen.senior.SeniorSummary;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Gives every demo senior a card and logs the first senior's token for the README walkthrough. */
@Component
@Profile("demo")
@Order(30)
class CardDemoData implements ApplicationRunner {

    /** The senior the README walkthrough uses (seeded first at the first canteen by the senior module). */
    static final String WALKTHROUGH_SENIOR = "张桂兰";

    private static final Logger log = LoggerFactory.getLogger(CardDemoData.class);
    private static final Actor SEEDER = new Actor(0, "demo-seed", Role.DISTRICT_ADMIN, null);

    private final Cards cards;
    private final CardManagement management;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;

    CardDemoData(Cards cards, CardManagement management, SeniorDirectory seniors, CanteenDirectory canteens) {
        this.cards = cards;
        this.management = management;
        this.seniors = seniors;
        this.canteens = canteens;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> canteens = canteenIds();
        if (cards.count() == 0) {
            int issued = 0;
            for (long canteen : canteens) {
                for (long senior : seniors.activeSeniorIds(canteen)) {
                    if (cards.findByCurrentSeniorId(senior).isEmpty()) {
                        management.issue(senior, Set.of(), SEEDER);
                        issued++;
                    }
                }
            }
            log.info("Issued {} demo cards", issued);
        }
        if (!canteens.isEmpty()) {
            seniors.search(new SeniorSearch(WALKTHROUGH_SENIOR, canteens.get(0), 0, 1), SEEDER).stream()
                    .findFirst()
                    .map(SeniorSummary::id)
                    .flatMap(cards::findByCurrentSeniorId)
                    .map(card -> management.card(card.id(), SEEDER))
                    .ifPresent(card -> log.info(
                            "Demo card of {} (senior {}, canteen {}): card {} manual code {} token {}",
                            WALKTHROUGH_SENIOR,
                            card.seniorId(),
                            canteens.get(0),
                            card.id(),
                            card.printedManualCode(),
                            card.token()));
        }
    }

    private List<Long> canteenIds() {
        return canteens.all().stream().map(CanteenView::id).toList();
    }
}
