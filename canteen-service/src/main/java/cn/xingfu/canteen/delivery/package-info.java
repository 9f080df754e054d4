/**
 * One-on-one meal delivery: volunteers and their weekly schedule, Timefold-optimised delivery rounds, the
 * volunteer's phone page, proof of delivery and welfare-check alerts. Publishes
 * {@link cn.xingfu.canteen.delivery.WelfareAlertRaised} and {@link cn.xingfu.canteen.delivery.WelfareAlertResolved},
 * which the live module pushes to the canteen's staff; this module knows nothing of STOMP.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior", "card", "ordering", "menu"})
@NullMarked
package cn.xingfu.canteen.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
