package cn.xingfu.care.dementia;

import java.time.LocalDate;
import java.util.List;

/** A unit checked against the requirements in force on {@code on}. */
public record ComplianceSheet(
        long unitId, String unitName, LocalDate on, boolean compliant, List<ComplianceCheck> checks) {}
