/**
 * One-on-one meal delivery: volunteers and their weekly schedule, Timefold-optimised delivery rounds, the
 * volunteer's phone page, proof of delivery and welfare-check alerts. Publishes
 * {@link cn.xingfu.canteen.delivery.WelfareAlertRaised}.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior", "card", "ordering", "menu"})
@NullMarked
package cn.xingfu.canteen.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
