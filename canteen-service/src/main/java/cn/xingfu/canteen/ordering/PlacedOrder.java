package cn.xingfu.canteen.ordering;

import java.util.List;

/** The outcome of placing: the order, whether this call created it (false = an idempotent replay), and warnings. */
public record PlacedOrder(OrderView order, boolean created, List<DietaryWarning> warnings) {}
