package cn.xingfu.care.caregiver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 持证率: distinct active caregivers holding at least one valid caregiver certificate on the check date,
 * divided by distinct active caregivers. People are counted, not certificates. Plain Java, no Spring.
 */
final class CertificationRule {

    private CertificationRule() {}

    record Person(long staffId, String name, StaffRole role, boolean active) {}

    record Credential(
            long staffId, LocalDate issueDate, @Nullable LocalDate validUntil, boolean revoked) {}

    /** The outcome for one group of staff (a facility, or a whole district). */
    record Outcome(int caregivers, int certified, List<Person> missing) {

        /** Percent with one decimal; null when there is no active caregiver to count. */
        @Nullable
        BigDecimal percent() {
            if (caregivers == 0) {
                return null;
            }
            return BigDecimal.valueOf(certified * 100L).divide(BigDecimal.valueOf(caregivers), 1, RoundingMode.FLOOR);
        }

        /** 100 % of at least one caregiver: a facility with no caregiver on its staff has no rate and cannot pass. */
        boolean meetsTarget() {
            return caregivers > 0 && certified == caregivers;
        }
    }

    /** Issued by the date, not revoked, and without an expiry or expiring on/after the date. */
    static boolean valid(Credential credential, LocalDate on) {
        return !credential.issueDate().isAfter(on)
                && !credential.revoked()
                && (credential.validUntil() == null || !credential.validUntil().isBefore(on));
    }

    static Outcome assess(Collection<Person> staff, Collection<Credential> credentials, LocalDate on) {
        Set<Long> holders = new HashSet<>();
        for (Credential credential : credentials) {
            if (valid(credential, on)) {
                holders.add(credential.staffId());
            }
        }
        Set<Long> counted = new HashSet<>();
        int certified = 0;
        List<Person> caregivers = staff.stream()
                .filter(person -> person.active() && person.role() == StaffRole.CAREGIVER)
                .filter(person -> counted.add(person.staffId()))
                .toList();
        for (Person person : caregivers) {
            if (holders.contains(person.staffId())) {
                certified++;
            }
        }
        List<Person> missing = caregivers.stream()
                .filter(person -> !holders.contains(person.staffId()))
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::staffId))
                .toList();
        return new Outcome(caregivers.size(), certified, missing);
    }
}
