package cn.xingfu.canteen.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEntryTests {

    @Test
    void kindsAreStableUpperCaseCodes() {
        assertThatThrownBy(() -> AuditEntry.read("senior read", "senior", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditEntry.read("SENIOR_DETAIL", "senior", 1).subjectId()).isEqualTo("1");
    }

    @Test
    void longValuesAreClippedToTheColumn() {
        AuditEntry entry = AuditEntry.changed("SENIOR_CONTACT", "senior", 1, "deliveryNotes", "x".repeat(900), "short");
        assertThat(entry.oldValue()).hasSize(500).endsWith("…");
        assertThat(entry.newValue()).isEqualTo("short");
        assertThat(entry.action()).isEqualTo(AuditAction.CHANGE);
    }
}
