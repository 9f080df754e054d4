/** Buildings, floors, rooms and beds (standard, cognitive-care, home-care) with their status and outages. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility"})
@NullMarked
package cn.xingfu.care.bed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
