package cn.xingfu.canteen.wallet;

import java.math.BigDecimal;

/** A senior's wallet row locked by {@link Wallets#lock} until the end of the caller's transaction, with its balance. */
public record LockedWallet(long seniorId, BigDecimal balance) {}
