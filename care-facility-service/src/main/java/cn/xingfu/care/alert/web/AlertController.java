package cn.xingfu.care.alert.web;

import cn.xingfu.care.alert.AlertDesk;
import cn.xingfu.care.alert.AlertView;
import cn.xingfu.care.shared.security.Actor;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open alerts for the signed-in manager's facilities, and acknowledging one. */
@RestController
class AlertController {

    private final AlertDesk alerts;

    AlertController(AlertDesk alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/alerts")
    List<AlertView> open(Actor actor) {
        return alerts.open(actor);
    }

    @PostMapping("/api/alerts/{alertId}/acknowledge")
    AlertView acknowledge(Actor actor, @PathVariable long alertId) {
        return alerts.acknowledge(actor, alertId);
    }
}
