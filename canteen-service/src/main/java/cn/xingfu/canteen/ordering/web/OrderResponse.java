package cn.xingfu.canteen.ordering.web;

import cn.xingfu.canteen.ordering.DietaryWarning;
import cn.xingfu.canteen.ordering.OrderView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** An order snapshot plus the dietary warnings of this placement. */
record OrderResponse(@JsonUnwrapped OrderView order, List<DietaryWarning> warnings) {}
