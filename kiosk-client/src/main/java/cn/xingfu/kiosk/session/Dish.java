package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.MenuItem;

/** A dish as shown: the menu item, whether it is in the cart, and whether it can be ordered. */
public record Dish(MenuItem item, boolean selected) {

    public boolean orderable() {
        return !item.soldOut() && !item.blocked();
    }
}
