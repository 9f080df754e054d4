package cn.xingfu.canteen.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The care side of the district's figures as care-facility-service reports them: institutions, beds by type,
 * caregiver certification and star levels. {@code certificationRatePercent} is null when no caregiver is active.
 */
public record CareFigures(
        LocalDate on,
        int facilities,
        List<BedCount> beds,
        int activeCaregivers,
        int certifiedCaregivers,
        @Nullable BigDecimal certificationRatePercent,
        List<LevelCount> stars) {

    /** Beds of one type. */
    public record BedCount(String bedType, String labelZh, String labelEn, int beds, int occupied, int vacant) {}

    /** Institutions at one star level ({@code level} null: unrated). */
    public record LevelCount(@Nullable Integer level, String labelZh, String labelEn, int facilities) {}
}
