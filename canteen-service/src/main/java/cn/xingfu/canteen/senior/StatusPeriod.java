package cn.xingfu.canteen.senior;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A status held from {@code validFrom} to {@code validTo} inclusive ({@code null} = open-ended), with its source. */
public record StatusPeriod(
        EligibilityStatus status,
        String source,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
