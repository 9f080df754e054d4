package cn.xingfu.care.resident;

import java.util.Collection;
import java.util.Set;

/**
 * Implemented by each module that keeps health data of residents (assessments, screenings, care events, home visits),
 * so that the consent work list can find the residents with data on file without the resident module reading other
 * modules' tables.
 */
public interface HealthRecordsOnFile {

    /** The scope the module's records fall under. */
    ConsentScope scope();

    /** Those of {@code residentIds} who have at least one record of this module on file. */
    Set<Long> residentsWithRecords(Collection<Long> residentIds);
}
