package cn.xingfu.care.integrity.web;

import cn.xingfu.care.integrity.InvariantReport;
import cn.xingfu.care.integrity.Invariants;
import cn.xingfu.care.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invariants", description = "The invariant checker: one resident per bed (district administrator)")
class InvariantController {

    private final Invariants invariants;

    InvariantController(Invariants invariants) {
        this.invariants = invariants;
    }

    @GetMapping("/api/admin/invariants")
    @Operation(summary = "Runs the invariant checker now, over every facility or one facility")
    InvariantReport check(@RequestParam(required = false) @Nullable Long facilityId, Actor actor) {
        return invariants.checkNow(facilityId, actor);
    }
}
