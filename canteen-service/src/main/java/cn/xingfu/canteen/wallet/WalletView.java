package cn.xingfu.canteen.wallet;

import java.math.BigDecimal;
import java.util.List;

/** A senior's balance and latest ledger lines. */
public record WalletView(long seniorId, BigDecimal balance, List<WalletEntryView> entries) {}
