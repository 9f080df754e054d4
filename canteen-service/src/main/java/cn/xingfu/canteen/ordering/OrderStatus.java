package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an order is. The allowed moves depend on the channel: dine-in ends SERVED, takeaway PICKED_UP,
 * delivery goes OUT_FOR_DELIVERY and ends DELIVERED or FAILED. Cancelling is possible only before
 * preparation starts. A tap by mistake is undone by {@link #recallTo(Channel)}, one step back.
 */
public enum OrderStatus {
    /** 已下单: accepted, paid or awaiting cash, not yet cooked. */
    PLACED("已下单", "Placed"),
    /** 制作中: the kitchen is preparing it. */
    PREPARING("制作中", "Preparing"),
    /** 请取餐: ready at the counter (or ready for the volunteer). */
    READY("请取餐", "Ready"),
    /** 已就餐: handed over in the dining room. */
    SERVED("已就餐", "Served"),
    /** 已取走: collected as takeaway. */
    PICKED_UP("已取走", "Picked up"),
    /** 配送中: a volunteer is carrying it. */
    OUT_FOR_DELIVERY("配送中", "Out for delivery"),
    /** 已送达: handed to the senior at home. */
    DELIVERED("已送达", "Delivered"),
    /** 未送达: could not be handed over; a welfare follow-up is needed. */
    FAILED("未送达", "Not delivered"),
    /** 已取消: cancelled before preparation; payment refunded. */
    CANCELLED("已取消", "Cancelled");

    private final String zh;
    private final String en;

    OrderStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean isFinal() {
        return this == SERVED || this == PICKED_UP || this == DELIVERED || this == FAILED || this == CANCELLED;
    }

    /** The statuses an order of {@code channel} may move to from this one. */
    public Set<OrderStatus> nextFor(Channel channel) {
        return switch (this) {
            case PLACED -> EnumSet.of(PREPARING, CANCELLED);
            case PREPARING -> EnumSet.of(READY);
            case READY ->
                switch (channel) {
                    case DINE_IN -> EnumSet.of(SERVED);
                    case TAKEAWAY -> EnumSet.of(PICKED_UP);
                    case DELIVERY -> EnumSet.of(OUT_FOR_DELIVERY);
                };
            case OUT_FOR_DELIVERY -> EnumSet.of(DELIVERED, FAILED);
            case SERVED, PICKED_UP, DELIVERED, FAILED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target, Channel channel) {
        return nextFor(channel).contains(target);
    }

    /**
     * Where the kitchen's recall takes an order of {@code channel} back to when "ready" or a counter hand-over was
     * tapped by mistake; null when there is nothing to recall. A meal given to a volunteer, delivered or cancelled
     * is never recalled: the delivery module and the refund own those.
     */
    public @Nullable OrderStatus recallTo(Channel channel) {
        return switch (this) {
            case READY -> PREPARING;
            case SERVED -> channel == Channel.DINE_IN ? READY : null;
            case PICKED_UP -> channel == Channel.TAKEAWAY ? READY : null;
            default -> null;
        };
    }
}
