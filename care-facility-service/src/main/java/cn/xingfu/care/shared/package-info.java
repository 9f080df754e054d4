/**
 * Building blocks every care module may use: ids, domain errors, masking, dated settings, the clock,
 * the signed-in {@link cn.xingfu.care.shared.security.Actor} and the HTTP error mapping.
 *
 * <p>Flyway version ranges (one global sequence): V1-V9 shared | V10-V19 facility | V20-V29 bed |
 * V30-V39 resident | V40-V49 assessment | V50-V59 dementia | V60-V69 homecare | V70-V79 caregiver and rating
 * (V75) | V100-V124 work in progress per engineer | V120 canteenlink | V130-V149 care rules (heartbeats,
 * stored evaluations, alerts, safety, encryption; V147-V148 legacy grades encrypted; V149 resident consent).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package cn.xingfu.care.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
