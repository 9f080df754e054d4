/**
 * Ability assessments under GB/T 42195-2022: 26 item scores, four dimensions, initial and final grade with
 * recorded adjustments, two assessors, reason and standard version; risk and condition-change events;
 * reassessment due dates and the overdue list. MZ/T 039-2013 results are kept as they were, never converted.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility", "resident"})
@NullMarked
package cn.xingfu.care.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
