package cn.xingfu.care.homecare;

import java.time.LocalDate;
import java.util.List;

/** Whether a home-care bed is active on a date, with every condition and its outcome. */
public record BedActivity(long bedId, LocalDate on, boolean active, List<Condition> conditions) {

    public record Condition(String rule, boolean met, String detail) {}
}
