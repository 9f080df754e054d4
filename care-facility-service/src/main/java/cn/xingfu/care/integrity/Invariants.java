package cn.xingfu.care.integrity;

import cn.xingfu.care.shared.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The checker on demand, for the district bureau: the report is also logged and, for a full run, metered. */
@Service
public class Invariants {

    private final InvariantWatch watch;

    Invariants(InvariantWatch watch) {
        this.watch = watch;
    }

    /** @throws cn.xingfu.kernel.DomainException DISTRICT_ADMIN_ONLY (403) */
    public InvariantReport checkNow(@Nullable Long facilityId, Actor actor) {
        actor.requireDistrictAdmin();
        return watch.runNow(facilityId);
    }
}
