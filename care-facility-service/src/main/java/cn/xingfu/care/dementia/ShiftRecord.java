package cn.xingfu.care.dementia;

import java.time.LocalDate;

/** A shift's recorded headcount. */
public record ShiftRecord(long unitId, LocalDate date, Shift shift, int residentsPresent, String recordedBy) {}
