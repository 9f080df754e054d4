package cn.xingfu.canteen.wallet.web;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.wallet.WalletEntryView;
import cn.xingfu.canteen.wallet.WalletView;
import cn.xingfu.canteen.wallet.Wallets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Wallet", description = "Prepaid wallets: balance, ledger, top-ups, refunds")
class WalletController {

    private final Wallets wallets;

    WalletController(Wallets wallets) {
        this.wallets = wallets;
    }

    @GetMapping("/api/seniors/{seniorId}/wallet")
    @Operation(summary = "Balance and the latest 50 ledger entries")
    WalletView wallet(@PathVariable long seniorId, Actor actor) {
        return wallets.wallet(seniorId, actor);
    }

    @PostMapping("/api/seniors/{seniorId}/wallet/top-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record money paid in; repeating the Idempotency-Key returns the first entry")
    WalletEntryView topUp(
            @PathVariable long seniorId,
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,64}") String key,
            @Valid @RequestBody MoneyRequest request,
            Actor actor) {
        return wallets.topUp(seniorId, request.amount(), scoped(actor, key), actor, request.note());
    }

    @PostMapping("/api/seniors/{seniorId}/wallet/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give money back to the wallet")
    WalletEntryView refund(
            @PathVariable long seniorId,
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,64}") String key,
            @Valid @RequestBody MoneyRequest request,
            Actor actor) {
        return wallets.refund(seniorId, request.amount(), scoped(actor, key), actor, request.note());
    }

    @PostMapping("/api/seniors/{seniorId}/wallet/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pay money out of the wallet in cash; never below zero")
    WalletEntryView withdraw(
            @PathVariable long seniorId,
            @RequestHeader("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9_-]{8,64}") String key,
            @Valid @RequestBody MoneyRequest request,
            Actor actor) {
        return wallets.withdraw(seniorId, request.amount(), scoped(actor, key), actor, request.note());
    }

    /** Keys are unique per account, so two staff members' clients can never collide. */
    private static String scoped(Actor actor, String key) {
        return "staff:" + actor.id() + ":" + key;
    }

    record MoneyRequest(
            @NotNull @DecimalMin(value = "0.01") @DecimalMax("5000.00") @Digits(integer = 4, fraction = 2)
            BigDecimal amount,

            @Size(max = 200) @Nullable String note) {}
}
