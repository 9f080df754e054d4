package cn.xingfu.canteen.card;

import cn.xingfu.canteen.shared.DomainException;
import cn.xingfu.canteen.site.CanteenDirectory;
import org.springframework.stereotype.Component;

/** Canteen names for printed cards; an unknown canteen prints a neutral label instead of failing the sheet. */
@Component
class CanteenNames {

    private final CanteenDirectory canteens;

    CanteenNames(CanteenDirectory canteens) {
        this.canteens = canteens;
    }

    String nameOf(long canteenId) {
        try {
            return canteens.canteen(canteenId).name();
        } catch (DomainException e) {
            return "幸福食堂 " + canteenId;
        }
    }
}
