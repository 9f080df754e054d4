package cn.xingfu.canteen.integrity;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The checker on demand, for the district bureau: the report is also logged and, for a full run, metered. */
@Service
public class Invariants {

    private final InvariantWatch watch;

    Invariants(InvariantWatch watch) {
        this.watch = watch;
    }

    /** @throws DomainException DISTRICT_ADMIN_ONLY (403) */
    public InvariantReport checkNow(@Nullable Long canteenId, Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY",
                    "只有区级管理员可以运行数据一致性检查",
                    "Only a district administrator may run the invariant checker");
        }
        return watch.runNow(canteenId);
    }
}
