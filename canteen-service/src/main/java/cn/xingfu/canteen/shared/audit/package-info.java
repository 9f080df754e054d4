/**
 * The append-only audit log of who read or changed sensitive personal data, balances, subsidies and consent
 * (PIPL art. 51; DOMAIN.md "Personal information"). Modules call {@link cn.xingfu.canteen.shared.audit.AuditLog};
 * only district administrators search it.
 */
@NullMarked
package cn.xingfu.canteen.shared.audit;

import org.jspecify.annotations.NullMarked;
