/**
 * The care managers' dashboard: occupancy now and over time, vacant-bed finder, certification compliance,
 * expiring certificates, ratings, assessments due, alerts and GB 38600 safety, and a district overview, each also as CSV. Reads other modules only.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: *",
            "facility",
            "bed",
            "resident",
            "caregiver",
            "rating",
            "assessment",
            "alert",
            "safety"
        })
@NullMarked
package cn.xingfu.care.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
