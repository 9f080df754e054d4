/**
 * Food safety at each canteen: sample retention (留样) of every dish of every meal, weighed against the district's
 * dated minimum and kept at least the retention time in a sample fridge whose temperature is logged; alerts for a
 * missing sample after service, an early discard and a reading out of range; and the canteen's food handlers, who
 * cannot be put on duty without a valid annual health certificate.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "menu"})
@NullMarked
package cn.xingfu.canteen.foodsafety;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
