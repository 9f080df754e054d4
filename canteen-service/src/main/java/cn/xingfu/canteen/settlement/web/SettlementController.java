package cn.xingfu.canteen.settlement.web;

import cn.xingfu.canteen.settlement.FraudChecks;
import cn.xingfu.canteen.settlement.FraudReport;
import cn.xingfu.canteen.settlement.SettlementExports;
import cn.xingfu.canteen.settlement.SettlementView;
import cn.xingfu.canteen.settlement.Settlements;
import cn.xingfu.canteen.shared.security.Actor;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly settlements: the canteen's manager or the district bureau starts a run (202, it continues in the
 * background), follows its progress, exports and submits it; the bureau also settles a whole district.
 */
@RestController
class SettlementController {

    private final Settlements settlements;
    private final SettlementExports exports;
    private final FraudChecks fraud;

    SettlementController(Settlements settlements, SettlementExports exports, FraudChecks fraud) {
        this.settlements = settlements;
        this.exports = exports;
        this.fraud = fraud;
    }

    /** The anti-fraud report of the month, each rule with its findings, to read before submitting. */
    @GetMapping("/api/canteens/{canteenId}/settlements/{month}/fraud")
    FraudReport fraud(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor) {
        return fraud.report(canteenId, month, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/settlements/{month}")
    SettlementView view(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor) {
        return settlements.view(canteenId, month, actor);
    }

    @PostMapping("/api/canteens/{canteenId}/settlements/{month}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SettlementView run(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor) {
        return settlements.start(canteenId, month, actor);
    }

    @PostMapping("/api/canteens/{canteenId}/settlements/{month}/submit")
    SettlementView submit(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor) {
        return settlements.submit(canteenId, month, actor);
    }

    @GetMapping("/api/districts/{district}/settlements/{month}")
    List<SettlementView> district(
            @PathVariable @Pattern(regexp = "\\d{6}") String district, @PathVariable YearMonth month, Actor actor) {
        return settlements.district(district, month, actor);
    }

    @PostMapping("/api/districts/{district}/settlements/{month}/run")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<SettlementView> runDistrict(
            @PathVariable @Pattern(regexp = "\\d{6}") String district, @PathVariable YearMonth month, Actor actor) {
        return settlements.startDistrict(district, month, actor);
    }

    @GetMapping("/api/canteens/{canteenId}/settlements/{month}/claim.csv")
    void csv(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor, HttpServletResponse response)
            throws IOException {
        settlements.view(canteenId, month, actor);
        attachment(response, "text/csv;charset=UTF-8", canteenId, month, "csv");
        exports.csv(canteenId, month, actor, response.getOutputStream());
    }

    @GetMapping("/api/canteens/{canteenId}/settlements/{month}/claim.xlsx")
    void xlsx(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor, HttpServletResponse response)
            throws IOException {
        settlements.view(canteenId, month, actor);
        attachment(
                response,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                canteenId,
                month,
                "xlsx");
        exports.xlsx(canteenId, month, actor, response.getOutputStream());
    }

    @GetMapping("/api/canteens/{canteenId}/settlements/{month}/claim.pdf")
    void pdf(@PathVariable long canteenId, @PathVariable YearMonth month, Actor actor, HttpServletResponse response)
            throws IOException {
        settlements.view(canteenId, month, actor);
        attachment(response, "application/pdf", canteenId, month, "pdf");
        exports.pdf(canteenId, month, actor, response.getOutputStream());
    }

    private static void attachment(
            HttpServletResponse response, String type, long canteenId, YearMonth month, String extension) {
        response.setContentType(type);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"claim-" + canteenId + "-" + month + "." + extension + "\"");
    }
}
