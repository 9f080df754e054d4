package cn.xingfu.canteen.carelink.web;

import cn.xingfu.canteen.carelink.StayNotice;
import cn.xingfu.canteen.carelink.StayNoticeDesk;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Care link", description = "Stay notices from care-facility-service (its service account only)")
class StayNoticeController {

    private final StayNoticeDesk desk;

    StayNoticeController(StayNoticeDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/care-link/stays")
    @Operation(summary = "An admission to or discharge from a care institution; idempotent by notice id")
    StayNoticeDesk.Receipt receive(@Valid @RequestBody StayNotice notice, Actor actor) {
        return desk.receive(notice, actor);
    }
}
