/** Jiangjin demo data (only with the {@code demo} profile), seeded through the modules' public services. */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "shared :: *",
            "facility",
            "bed",
            "resident",
            "assessment",
            "dementia",
            "homecare"
        })
@NullMarked
package cn.xingfu.care.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
