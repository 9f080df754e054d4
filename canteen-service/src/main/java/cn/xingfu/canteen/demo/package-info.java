/**
 * Demo logins for the README's run command (profile {@code demo} only): a district administrator, and a
 * manager, a staff member and a kiosk device for every canteen. Other modules seed their own demo data.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site"})
@NullMarked
package cn.xingfu.canteen.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
