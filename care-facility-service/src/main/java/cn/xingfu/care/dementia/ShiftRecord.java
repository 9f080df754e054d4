package cn.xingfu.care.dementia;

import java.time.LocalDate;

public record ShiftRecord(
        long unitId, LocalDate date, Shift shift, int caregivers, int residentsPresent, String recordedBy) {}
