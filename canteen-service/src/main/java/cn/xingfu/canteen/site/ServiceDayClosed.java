package cn.xingfu.canteen.site;

import java.time.LocalDate;

/** A closure was declared for a date that may already have menus and orders (which then have to go). */
public record ServiceDayClosed(long canteenId, LocalDate date, String reasonZh, String reasonEn, String declaredBy) {}
