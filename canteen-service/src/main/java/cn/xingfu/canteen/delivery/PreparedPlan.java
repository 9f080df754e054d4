package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.RoutePlan;
import java.time.LocalDate;

/** A plan made ready for solving: its stops and rounds are stored, and {@code problem} is the solver's input. */
record PreparedPlan(long planId, LocalDate date, RoutePlan problem) {}
