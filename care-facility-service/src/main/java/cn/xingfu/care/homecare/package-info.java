/**
 * Home-care beds (家庭养老床位): service agreements, devices with heartbeats, monthly home visits, whether
 * a bed is active on a date, and beds below the configured minimum of visits in a month.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility", "bed", "resident", "assessment"})
@NullMarked
package cn.xingfu.care.homecare;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
