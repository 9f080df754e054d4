/** Care facilities: institutions and community service centres, with licence, capacity and location. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *"})
@NullMarked
package cn.xingfu.care.facility;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
