package cn.xingfu.canteen.figures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where the care part of the district figures comes from (care-facility-service over HTTP, in {@code web}). */
public interface CareFiguresSource {

    /** The answer, or why there is none (care-facility down, credentials refused, nonsense answered). */
    record Outcome(@Nullable CareFigures figures, @Nullable String problem) {}

    Outcome districtFigures(LocalDate on);
}
