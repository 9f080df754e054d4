/**
 * The invariant checker of the care service: reads the raw rows of the bed and resident modules (never through
 * their APIs, which could carry the very bug it looks for) and reports what should never happen: two residents
 * in one bed at once, one resident in two beds at once, two live admissions holding one bed, and a current
 * occupant in a bed marked vacant. Runs on a schedule on one instance of the cluster and on demand.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *"})
@NullMarked
package cn.xingfu.care.integrity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
