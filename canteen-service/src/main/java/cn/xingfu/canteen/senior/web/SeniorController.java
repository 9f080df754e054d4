package cn.xingfu.canteen.senior.web;

import cn.xingfu.canteen.senior.RegisteredSenior;
import cn.xingfu.canteen.senior.SeniorDetail;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.senior.SeniorSearch;
import cn.xingfu.canteen.senior.SeniorView;
import cn.xingfu.canteen.senior.web.SeniorRequests.ChangeLifecycle;
import cn.xingfu.canteen.senior.web.SeniorRequests.GiveConsent;
import cn.xingfu.canteen.senior.web.SeniorRequests.RecordStatus;
import cn.xingfu.canteen.senior.web.SeniorRequests.RegisterSenior;
import cn.xingfu.canteen.senior.web.SeniorRequests.SeniorPage;
import cn.xingfu.canteen.senior.web.SeniorRequests.UpdateSenior;
import cn.xingfu.canteen.shared.security.Actor;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of the senior registry. Scope checks happen in the registry and directory. */
@RestController
@RequestMapping("/api/seniors")
class SeniorController {

    private final SeniorDirectory directory;
    private final SeniorRegistry registry;

    SeniorController(SeniorDirectory directory, SeniorRegistry registry) {
        this.directory = directory;
        this.registry = registry;
    }

    /** The response carries the full ID number once, for the registering manager to check against the card. */
    @PostMapping
    ResponseEntity<RegisteredSenior> register(@Valid @RequestBody RegisterSenior request, Actor actor) {
        RegisteredSenior registered = registry.register(request.toRegistration(), actor);
        return ResponseEntity.created(
                        URI.create("/api/seniors/" + registered.senior().id()))
                .body(registered);
    }

    @GetMapping
    SeniorPage search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long canteenId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Actor actor) {
        return SeniorPage.of(directory.search(new SeniorSearch(q, canteenId, page, size), actor));
    }

    /** Managers and district administrators get the full record; the counter gets the counter view. */
    @GetMapping("/{id}")
    SeniorView detail(@PathVariable long id, Actor actor) {
        return directory.view(id, actor);
    }

    /** PATCH and PUT both apply a partial update: absent fields stay as they are. */
    @PatchMapping("/{id}")
    SeniorView patch(@PathVariable long id, @Valid @RequestBody UpdateSenior request, Actor actor) {
        return directory.shownTo(registry.update(id, request.toChanges(), actor), actor);
    }

    @PutMapping("/{id}")
    SeniorView put(@PathVariable long id, @Valid @RequestBody UpdateSenior request, Actor actor) {
        return directory.shownTo(registry.update(id, request.toChanges(), actor), actor);
    }

    @PostMapping("/{id}/statuses")
    SeniorDetail addStatus(@PathVariable long id, @Valid @RequestBody RecordStatus request, Actor actor) {
        return registry.addStatus(id, request.toPeriod(), GiveConsent.forms(request.consents()), actor);
    }

    @PostMapping("/{id}/lifecycle")
    SeniorDetail changeLifecycle(@PathVariable long id, @Valid @RequestBody ChangeLifecycle request, Actor actor) {
        return registry.changeLifecycle(id, request.lifecycle(), request.reason(), actor);
    }
}
