/**
 * Prepaid wallets: an append-only ledger per senior whose balance never goes negative. Top-ups and refunds
 * are made by staff; order payments by the ordering module. Every entry carries an idempotency key.
 */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "senior"})
@NullMarked
package cn.xingfu.canteen.wallet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
