/**
 * Alerts to care managers: a rule broken now (a dementia shift below the caregiver ratio or without a night
 * caregiver, a resident at risk of wandering passing an exit) is raised once, stays open until the rule is met
 * again or a manager acknowledges it, and is shown on the dashboard. Raising the same open alert twice is a no-op.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility"})
@NullMarked
package cn.xingfu.care.alert;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
