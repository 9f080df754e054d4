package cn.xingfu.kiosk.canteen;

/**
 * Why the senior's dietary needs or status are not used today (no consent in force), in the service's own words;
 * the kiosk shows the sentence so that a missing dish warning or status subsidy is never a silent surprise.
 */
public record ConsentNotice(String scope, String state, String messageZh, String messageEn) {}
