package cn.xingfu.canteen.site.web;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.BoardCallSettings;
import cn.xingfu.canteen.site.BoardCalls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Canteens", description = "Canteens, their meal periods and their pickup board")
class BoardCallsController {

    private final BoardCalls calls;

    BoardCallsController(BoardCalls calls) {
        this.calls = calls;
    }

    @GetMapping("/api/canteens/{id}/board-calls")
    @Operation(summary = "How the pickup board calls ready numbers aloud (on/off, voice, repeat)")
    BoardCallSettings get(@PathVariable long id, Actor actor) {
        return calls.of(id, actor);
    }

    @PutMapping("/api/canteens/{id}/board-calls")
    @Operation(summary = "Change how the pickup board calls ready numbers; the canteen's manager")
    BoardCallSettings put(@PathVariable long id, @Valid @RequestBody BoardCallsRequest request, Actor actor) {
        return calls.change(id, new BoardCallSettings(request.announce(), request.voice(), request.repeat()), actor);
    }

    record BoardCallsRequest(
            @NotNull Boolean announce,
            @NotNull @Size(max = 100) String voice,
            @NotNull @Min(1) @Max(3) Integer repeat) {}
}
