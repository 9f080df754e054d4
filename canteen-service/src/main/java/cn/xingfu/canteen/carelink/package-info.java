/**
 * canteen-service's side of the link with care-facility-service, which shares no code or schema with it: notices
 * of admissions to and discharges from care institutions, received over REST from care-facility-service's service
 * account. A resident is matched to a senior by a keyed hash of the ID number (never the number itself); an
 * admission pauses the senior's standing orders and cancels future orders until the discharge.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "senior", "standing"})
@NullMarked
package cn.xingfu.canteen.carelink;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
