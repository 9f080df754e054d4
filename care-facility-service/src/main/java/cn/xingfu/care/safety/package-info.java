/**
 * Resident safety under GB 38600-2019 《养老机构服务安全基本规范》: each resident assessed for the nine risks
 * ("九防"; an unassessed risk is an open task, a risk that needs protection or is high has its measures written
 * down), incidents that close only with the family notification and a review note, and exit/door events that
 * alert the care manager when the resident is at risk of wandering off.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "facility", "resident", "alert"})
@NullMarked
package cn.xingfu.care.safety;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
