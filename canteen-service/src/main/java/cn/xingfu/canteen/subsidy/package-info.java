/**
 * The subsidy engine: dated, per-district policy configuration and the pure rules that turn a senior, a
 * service date, a meal period and a gross price into a subsidy. It stores policies, never orders.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "senior"})
@NullMarked
package cn.xingfu.canteen.subsidy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
