/**
 * Monthly subsidy settlement: per canteen and month, the claim to each funder (one line per subsidised meal with each
 * scheme's share), built in the background from the orders, exported as CSV, XLSX and PDF, and locked on submission;
 * later cancellations become adjustment lines in a later month. The claim lines are copied from ordering's tables
 * ({@code meal_order}, {@code meal_order_subsidy}) with set-based SQL, read only, because a district's month is
 * hundreds of thousands of rows that must not travel through Java objects; this is the one place outside ordering
 * that reads them. Also the anti-fraud report the bureau reads before a month is submitted ({@link
 * cn.xingfu.canteen.settlement.FraudChecks}), which reads the same order tables, the card scan log ({@code card_scan})
 * and the seniors' lifecycle columns the same way, and care stays through standing's {@code SeniorAbsences}.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior", "standing"})
@NullMarked
package cn.xingfu.canteen.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
