/**
 * The district's figures for the civil-affairs bureau, computed live: canteens in service, meals by channel,
 * deliveries, subsidy paid and seniors reached, per month or year, plus the care institutions' beds, caregiver
 * certification and star levels fetched from care-facility-service over its API with this service's credentials.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "ordering"})
@NullMarked
package cn.xingfu.canteen.figures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
