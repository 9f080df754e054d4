/**
 * Ratings of facilities: star (GB/T 37276-2018) and Chongqing leaf history, the current level, and the
 * self-assessment against a configurable, dated threshold table with vetoes and eligibility.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility"})
@NullMarked
package cn.xingfu.care.rating;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
