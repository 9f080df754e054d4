/**
 * Cognitive-impairment (dementia) units: which rooms form a unit, shift staffing from the caregiver roster
 * (breaches raise alerts), shift headcounts, MMSE/MoCA screenings,
 * the admission rule for COGNITIVE_CARE beds and the compliance sheet against the dated unit requirements.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility", "bed", "resident", "caregiver", "alert"})
@NullMarked
package cn.xingfu.care.dementia;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
