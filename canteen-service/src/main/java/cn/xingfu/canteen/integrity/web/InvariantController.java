package cn.xingfu.canteen.integrity.web;

import cn.xingfu.canteen.integrity.InvariantReport;
import cn.xingfu.canteen.integrity.Invariants;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invariants", description = "The invariant checker: wallets, portions, subsidies (district administrator)")
class InvariantController {

    private final Invariants invariants;

    InvariantController(Invariants invariants) {
        this.invariants = invariants;
    }

    @GetMapping("/api/admin/invariants")
    @Operation(summary = "Runs the invariant checker now, over every canteen or one canteen's seniors and menus")
    InvariantReport check(@RequestParam(required = false) @Nullable Long canteenId, Actor actor) {
        return invariants.checkNow(canteenId, actor);
    }
}
