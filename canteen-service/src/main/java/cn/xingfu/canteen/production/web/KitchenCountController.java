package cn.xingfu.canteen.production.web;

import cn.xingfu.canteen.production.KitchenCount;
import cn.xingfu.canteen.production.KitchenCountPdf;
import cn.xingfu.canteen.production.KitchenCounting;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kitchen count", description = "Portions per dish and channel, variants and conflicts for one meal")
class KitchenCountController {

    private final KitchenCounting counting;
    private final KitchenCountPdf print;

    KitchenCountController(KitchenCounting counting, KitchenCountPdf print) {
        this.counting = counting;
        this.print = print;
    }

    @GetMapping("/api/canteens/{canteenId}/kitchen-count")
    @Operation(summary = "The kitchen count of a meal (staff of the canteen)")
    KitchenCount count(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MealPeriod period,
            Actor actor) {
        return counting.count(canteenId, date, period, actor);
    }

    @GetMapping(value = "/api/canteens/{canteenId}/kitchen-count.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The same count as a printable A4 sheet")
    ResponseEntity<byte[]> pdf(
            @PathVariable long canteenId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam MealPeriod period,
            Actor actor) {
        byte[] pdf = print.render(counting.count(canteenId, date, period, actor));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=kitchen-count-" + canteenId + "-" + date + "-" + period + ".pdf")
                .body(pdf);
    }
}
