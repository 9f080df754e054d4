package cn.xingfu.canteen.senior;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One consent as recorded: who gave it (the senior, a guardian or an agent), for whom, what it covers, the version of
 * the notice shown, and, once withdrawn, when, by whom and why.
 */
public record ConsentRecord(
        long id,
        long seniorId,
        ConsentScope scope,
        String givenBy,
        Relation relation,
        String documentVersion,
        Instant givenAt,
        String recordedBy,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy,
        @Nullable String withdrawalReason) {

    /** Who gave the consent. */
    public enum Relation {
        /** The senior. */
        SELF,
        /** A guardian, for a senior who lacks capacity (民法典 guardianship). */
        GUARDIAN,
        /** An agent with a written authorisation. */
        AGENT
    }

    public boolean active() {
        return withdrawnAt == null;
    }
}
