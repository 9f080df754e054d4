package cn.xingfu.canteen.senior.web;

import cn.xingfu.canteen.senior.ConsentWorkList;
import cn.xingfu.canteen.senior.ConsentWorkList.AwaitingConsent;
import cn.xingfu.canteen.shared.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The seniors whose data awaits a consent, for staff to ask them. */
@RestController
class ConsentWorkListController {

    private final ConsentWorkList workList;

    ConsentWorkListController(ConsentWorkList workList) {
        this.workList = workList;
    }

    @GetMapping("/api/seniors/awaiting-consent")
    List<AwaitingConsent> awaiting(@RequestParam(required = false) @Nullable Long canteenId, Actor actor) {
        return workList.awaiting(canteenId, actor);
    }
}
