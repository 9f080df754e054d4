package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.MenuItem;

/** A dish as shown: the menu item, how many portions are in the cart (0: not chosen), and whether it can be ordered. */
public record Dish(MenuItem item, int quantity) {

    public boolean selected() {
        return quantity > 0;
    }

    public boolean orderable() {
        return !item.soldOut() && !item.blocked();
    }

    Dish withQuantity(int portions) {
        return new Dish(item, portions);
    }
}
