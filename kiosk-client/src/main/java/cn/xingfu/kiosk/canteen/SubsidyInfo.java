package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;

/** The subsidy a senior would get for this meal period. */
public record SubsidyInfo(String tierCode, String tierName, BigDecimal amount, boolean available, String reason) {}
