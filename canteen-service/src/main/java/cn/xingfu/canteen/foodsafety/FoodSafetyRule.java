package cn.xingfu.canteen.foodsafety;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The food-safety figures in force in a district from a date: the minimum sample weight, how long a sample is kept,
 * the sample fridge's range, and how long a food handler's health certificate is valid. Pure checks, no I/O.
 *
 * @param version "default" when the district has configured nothing (the national defaults apply)
 */
public record FoodSafetyRule(
        String districtCode,
        String version,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        BigDecimal minSampleGrams,
        int retentionHours,
        BigDecimal fridgeMinCelsius,
        BigDecimal fridgeMaxCelsius,
        int certificateValidDays) {

    /** 《餐饮服务食品安全操作规范》: 125 g per dish, 48 h, 0-8 °C; the health certificate is renewed every year. */
    public static FoodSafetyRule defaults(String districtCode) {
        return new FoodSafetyRule(
                districtCode,
                "default",
                LocalDate.of(2000, 1, 1),
                null,
                new BigDecimal("125.0"),
                48,
                new BigDecimal("0.0"),
                new BigDecimal("8.0"),
                365);
    }

    public boolean heavyEnough(BigDecimal grams) {
        return grams.compareTo(minSampleGrams) >= 0;
    }

    /** The first instant a sample taken at {@code takenAt} may be thrown away. */
    public Instant keepUntil(Instant takenAt) {
        return takenAt.plus(Duration.ofHours(retentionHours));
    }

    public boolean inRange(BigDecimal celsius) {
        return celsius.compareTo(fridgeMinCelsius) >= 0 && celsius.compareTo(fridgeMaxCelsius) <= 0;
    }

    /** The last day a certificate issued on {@code issuedOn} is valid (a year: issued 1 March, valid to 28 February). */
    public LocalDate certificateLastDay(LocalDate issuedOn) {
        return issuedOn.plusDays(certificateValidDays - 1L);
    }
}
