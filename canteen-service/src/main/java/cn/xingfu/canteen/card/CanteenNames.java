package cn.xingfu.canteen.card;

import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import org.springframework.stereotype.Component;

/** Canteen names for printed cards; an unknown canteen prints a neutral label instead of failing the sheet. */
@Component
class CanteenNames {

    private final CanteenDirectory canteens;

    CanteenNames(CanteenDirectory canteens) {
        this.canteens = canteens;
    }

    String nameOf(long canteenId) {
        // looked up in the (cached) list: a not-found exception from the directory would mark the printing
        // transaction rollback-only even when caught
        return canteens.all().stream()
                .filter(c -> c.id() == canteenId)
                .map(CanteenView::name)
                .findFirst()
                .orElse("幸福食堂 " + canteenId);
    }
}
