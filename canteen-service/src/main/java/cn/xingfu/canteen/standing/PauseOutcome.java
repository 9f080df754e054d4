package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.OrderView;
import java.util.List;

/**
 * A pause as recorded, with the orders it cancelled (and refunded) and those it could not, because the kitchen
 * had already started them: staff decide about those.
 */
public record PauseOutcome(Absence pause, List<OrderView> cancelled, List<OrderView> alreadyInKitchen) {}
