/**
 * The invariant checker: reads the raw rows of the other modules' tables (never through their APIs, which could
 * carry the very bug it looks for) and reports what should never happen: a wallet whose balance is not the sum of
 * its ledger, a dish sold beyond its portions, subsidies beyond the policy's per-period rule and caps, a subsidy
 * counter that disagrees with the orders. Runs on a schedule on one instance of the cluster and on demand.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "subsidy"})
@NullMarked
package cn.xingfu.canteen.integrity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
