package cn.xingfu.care.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskWindowTests {

    static final LocalDate ASSESSED = LocalDate.of(2026, 3, 31);

    @Test
    void theThirtyDayWindowEndsOnTheAssessmentDayAndStarts29DaysBefore() {
        assertThat(AssessmentRecords.inRiskWindow(ASSESSED, ASSESSED, 30)).isTrue();
        assertThat(AssessmentRecords.inRiskWindow(ASSESSED.minusDays(29), ASSESSED, 30))
                .isTrue();
        assertThat(AssessmentRecords.inRiskWindow(ASSESSED.minusDays(30), ASSESSED, 30))
                .isFalse();
        assertThat(AssessmentRecords.inRiskWindow(ASSESSED.plusDays(1), ASSESSED, 30))
                .as("an event after the assessment cannot have raised it")
                .isFalse();
    }
}
