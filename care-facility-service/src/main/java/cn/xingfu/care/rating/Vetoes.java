package cn.xingfu.care.rating;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Facts that block a rating whatever the score (GB 38600, accidents and penalties, 失信, plaque). */
public record Vetoes(
        boolean gb38600Compliant,
        @Nullable LocalDate lastAccidentOrPenalty,
        boolean onDishonestList,
        boolean refusedPlaqueReturn) {

    public static Vetoes none() {
        return new Vetoes(true, null, false, false);
    }
}
