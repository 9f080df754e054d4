/** Dishes, daily menus per canteen and meal period, published a week ahead, and the portions left of each dish. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site"})
@NullMarked
package cn.xingfu.canteen.menu;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
