package cn.xingfu.canteen.ordering;

import cn.xingfu.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A dish on an order, with name and price copied at ordering time so later menu edits never rewrite history. */
@Entity
@Table(name = "meal_order_line")
class OrderLine {

    @Id
    private Long id;

    @Column(name = "menu_item_id", nullable = false)
    private long menuItemId;

    @Column(name = "dish_id", nullable = false)
    private long dishId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "unit_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    protected OrderLine() {}

    OrderLine(long menuItemId, long dishId, String name, String nameEn, BigDecimal unitPrice, int quantity) {
        this.id = Ids.next();
        this.menuItemId = menuItemId;
        this.dishId = dishId;
        this.name = name;
        this.nameEn = nameEn;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
    }

    /** Column names of {@code meal_order_line} in the order of {@link #rowValues}. */
    static final String COLUMNS = "id, order_id, menu_item_id, dish_id, name, name_en, unit_price, quantity";

    Object[] rowValues(long orderId) {
        return new Object[] {id, orderId, menuItemId, dishId, name, nameEn, unitPrice, quantity};
    }

    BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    OrderView.Line toView() {
        return new OrderView.Line(menuItemId, dishId, name, quantity, unitPrice, nameEn.isEmpty() ? name : nameEn);
    }

    long menuItemId() {
        return menuItemId;
    }

    int quantity() {
        return quantity;
    }
}
