package cn.xingfu.canteen.site.web;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/canteens")
class CanteenController {

    private final CanteenDirectory directory;

    CanteenController(CanteenDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<CanteenView> all(Actor actor) {
        return directory.all();
    }

    @GetMapping("/{id}")
    CanteenView one(@PathVariable long id, Actor actor) {
        return directory.canteen(id);
    }

    /** Sets the serving window and ordering cut-offs of one meal; the canteen's manager or a district admin. */
    @PutMapping("/{id}/meals/{period}")
    CanteenView schedule(
            @PathVariable long id,
            @PathVariable MealPeriod period,
            @Valid @RequestBody MealWindowRequest request,
            Actor actor) {
        directory.canteen(id);
        actor.requireManager();
        actor.requireCanteen(id);
        return directory.schedule(
                id,
                new MealWindow(
                        period,
                        request.serveFrom(),
                        request.serveUntil(),
                        request.dineInCutoff(),
                        request.takeawayCutoff(),
                        request.deliveryCutoff()));
    }

    record MealWindowRequest(
            @NotNull LocalTime serveFrom,
            @NotNull LocalTime serveUntil,
            @NotNull LocalTime dineInCutoff,
            @NotNull LocalTime takeawayCutoff,
            @NotNull LocalTime deliveryCutoff) {}
}
