/**
 * Residents, their diagnoses and stays: admission with approval, transfer, leave and discharge, each with
 * history; bed occupancy (one resident per bed, enforced by the database) and occupancy rates.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility", "bed"})
@NullMarked
package cn.xingfu.care.resident;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
