package cn.xingfu.canteen.standing;

import java.time.LocalDate;

/**
 * What one pass over a service date did: orders placed now, slots already placed earlier (or by another
 * instance), slots that failed (recorded for staff), and slots still waiting for a published menu.
 */
public record GenerationReport(LocalDate serviceDate, int placed, int alreadyPlaced, int failed, int waiting) {

    static GenerationReport empty(LocalDate date) {
        return new GenerationReport(date, 0, 0, 0, 0);
    }

    GenerationReport plus(GenerationReport other) {
        return new GenerationReport(
                serviceDate,
                placed + other.placed,
                alreadyPlaced + other.alreadyPlaced,
                failed + other.failed,
                waiting + other.waiting);
    }
}
