/**
 * Kitchen production: the count for each canteen, day and meal, from the orders placed and the standing orders
 * still to come, per dish and channel, with the dietary variants to prepare and the conflicts between a senior's
 * needs and the day's dishes flagged ahead, so staff can call the senior. On a page and as a printable PDF.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior", "menu", "ordering", "standing"})
@NullMarked
package cn.xingfu.canteen.production;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
