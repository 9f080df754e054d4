/** The senior registry: identity (ID number encrypted at rest), address, eligibility statuses with validity, dietary needs, lifecycle. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site"})
@NullMarked
package cn.xingfu.canteen.senior;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
