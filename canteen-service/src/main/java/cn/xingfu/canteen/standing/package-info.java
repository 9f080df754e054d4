/**
 * Standing orders: a senior's default weekly pattern for a meal, booked by staff for the senior, turned into real
 * orders (through {@link cn.xingfu.canteen.ordering.OrderPlacement}) before each cut-off, exactly once, on one
 * instance; pauses (hospital, family visit, care-institution stay) that suspend them and cancel orders already
 * placed; reactions to a senior's death or move and to a canteen's closure. Failures are recorded for staff.
 * Publishes nothing; {@link cn.xingfu.canteen.standing.SeniorAbsences} answers who was away when.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior", "menu", "ordering"})
@NullMarked
package cn.xingfu.canteen.standing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
