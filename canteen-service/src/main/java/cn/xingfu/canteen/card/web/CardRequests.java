package cn.xingfu.canteen.card.web;

import cn.xingfu.canteen.card.CardSigningKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Request and response bodies of the card API. */
final class CardRequests {

    private CardRequests() {}

    record IssueCard(@NotNull Long seniorId, @Nullable Set<Long> extraCanteenIds) {}

    record BlockCard(@NotBlank @Size(max = 200) String reason) {}

    /** Exactly one of {@code qr} and {@code manualCode}; {@code canteenId} only for district administrators. */
    record ScanCard(
            @Nullable @Size(max = 512) String qr,
            @Nullable @Size(max = 32) String manualCode,
            @Nullable Long canteenId) {}

    record ScanResult(long cardId, long seniorId, String maskedName, long homeCanteenId, long scanId) {}

    record SigningKeys(List<CardSigningKey> keys) {}
}
