package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A released shift and who took it, if anyone. */
public record SubstitutionView(
        long id,
        long volunteerId,
        String volunteerName,
        LocalDate serviceDate,
        MealPeriod period,
        @Nullable Long substituteId,
        @Nullable String substituteName) {}
