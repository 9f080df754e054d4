/**
 * care-facility-service's side of the link with canteen-service, which shares no code or schema with it: the
 * district figures canteen-service fetches for the bureau (with its own service account), and the notices of
 * admissions and discharges sent to canteen-service through an outbox, retried until it answers. Residents are
 * matched to seniors by a keyed hash of the ID number (see docs/production.md), never the number itself.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "dashboard", "resident", "facility", "caregiver", "bed"})
@NullMarked
package cn.xingfu.care.canteenlink;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
