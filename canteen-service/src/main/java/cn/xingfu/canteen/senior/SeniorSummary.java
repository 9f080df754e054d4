package cn.xingfu.canteen.senior;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of a staff search result: phone and ID number are masked. */
public record SeniorSummary(
        long id,
        String name,
        String gender,
        LocalDate dateOfBirth,
        String maskedIdNumber,
        @Nullable String maskedPhone,
        long homeCanteenId,
        Lifecycle lifecycle) {}
