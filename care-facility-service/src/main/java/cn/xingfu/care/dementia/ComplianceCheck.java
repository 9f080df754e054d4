package cn.xingfu.care.dementia;

/** One line of a compliance sheet: which rule, what is required, what was found, and whether it passes. */
public record ComplianceCheck(String rule, String subject, String required, String actual, boolean passed) {}
