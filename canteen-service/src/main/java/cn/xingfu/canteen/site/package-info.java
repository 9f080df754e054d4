/** Canteens (帅乡幸福食堂 sites) with their towns, coordinates and meal periods: serving windows and ordering cut-offs per channel. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *"})
@NullMarked
package cn.xingfu.canteen.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
