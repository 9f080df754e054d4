package cn.xingfu.care.caregiver;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the roster for other modules (the dementia compliance sheet checks caregiver : resident
 * ratios and the night caregiver with it). Counts distinct active staff in the caregiver role.
 */
@Service
public class RosterQueries {

    private final RosterEntries entries;

    RosterQueries(RosterEntries entries) {
        this.entries = entries;
    }

    /** Caregivers rostered on this care unit for the date and shift. */
    @Transactional(readOnly = true)
    public int caregiversOnShift(long unitId, LocalDate date, Shift shift) {
        return Math.toIntExact(entries.countCaregiversOnUnit(unitId, date, shift));
    }

    /** Caregivers rostered anywhere in the facility (on a unit or at large) for the date and shift. */
    @Transactional(readOnly = true)
    public int caregiversOnShiftAtFacility(long facilityId, LocalDate date, Shift shift) {
        return Math.toIntExact(entries.countCaregiversAtFacility(facilityId, date, shift));
    }
}
