package cn.xingfu.care.homecare;

import java.time.YearMonth;

/** Visits to one home-care bed in a month against the configured minimum; {@code flagged} when below. */
public record MonthlyVisits(long bedId, String bedLabel, YearMonth month, int visits, int required, boolean flagged) {}
