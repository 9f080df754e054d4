package cn.xingfu.care.resident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One consent as recorded: for whom, what it covers, who gave it and how they are related to the resident, the notice
 * version shown, who took it down, and, once withdrawn, when, by whom and why. Never deleted.
 */
public record ResidentConsent(
        long id,
        long residentId,
        ConsentScope scope,
        String givenBy,
        ConsentRelation relation,
        String documentVersion,
        Instant givenAt,
        String recordedBy,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable String withdrawalReason,
        boolean inForce) {

    /** {@code inForce} is a component, not a method, so that clients read it from the JSON as well. */
    public ResidentConsent {
        if (inForce != (withdrawnAt == null)) {
            throw new IllegalArgumentException("a consent is in force exactly while it is not withdrawn");
        }
    }
}
