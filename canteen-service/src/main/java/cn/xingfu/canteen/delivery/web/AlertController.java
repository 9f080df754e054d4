package cn.xingfu.canteen.delivery.web;

import cn.xingfu.canteen.delivery.AlertView;
import cn.xingfu.canteen.delivery.WelfareDesk;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Welfare alerts", description = "Open welfare-check alerts from deliveries and their resolution")
class AlertController {

    private final WelfareDesk welfare;

    AlertController(WelfareDesk welfare) {
        this.welfare = welfare;
    }

    @GetMapping("/api/canteens/{canteenId}/welfare-alerts")
    List<AlertView> open(@PathVariable long canteenId, Actor actor) {
        return welfare.open(canteenId, actor);
    }

    /** The signed-in staff member's canteen (administrators name one), for the alerts page. */
    @GetMapping("/api/welfare-alerts")
    OpenAlerts mine(@RequestParam(required = false) @Nullable Long canteenId, Actor actor) {
        long canteen = welfare.canteenOf(canteenId, actor);
        return new OpenAlerts(canteen, welfare.open(canteen, actor));
    }

    @PostMapping("/api/welfare-alerts/{alertId}/resolve")
    AlertView resolve(@PathVariable long alertId, @Valid @RequestBody ResolveRequest request, Actor actor) {
        return welfare.resolve(alertId, request.resolution(), actor);
    }

    record OpenAlerts(long canteenId, List<AlertView> alerts) {}

    record ResolveRequest(@NotBlank @Size(max = 500) String resolution) {}
}
