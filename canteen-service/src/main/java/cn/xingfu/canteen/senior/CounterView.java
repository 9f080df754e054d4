package cn.xingfu.canteen.senior;

import org.jspecify.annotations.Nullable;

/**
 * What the counter needs to serve a senior: who they are (name, masked ID number) and what they are entitled to
 * today (subsidy tier, subsidised meals left). Never their eligibility statuses, health or dietary records, phone,
 * address or coordinates. {@code consentNotices} say why a dietary warning or a status tier does not apply (no consent
 * in force), for staff to explain and, if the senior wishes, to collect the consent.
 */
public record CounterView(
        long id,
        String name,
        String maskedIdNumber,
        long homeCanteenId,
        Lifecycle lifecycle,
        @Nullable String tierCode,
        @Nullable String tierName,
        @Nullable Integer mealsLeftToday,
        @Nullable Integer mealsLeftThisWeek,
        @Nullable Integer mealsLeftThisMonth,
        java.util.List<ConsentNotice> consentNotices)
        implements SeniorView {}
