/**
 * Staff of care facilities: caregivers' certificates (养老护理员, five ranked levels), food handlers' health
 * certificates, the certification rate (持证率), expiry alerts and the shift roster with its staffing rules.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility"})
@NullMarked
package cn.xingfu.care.caregiver;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
