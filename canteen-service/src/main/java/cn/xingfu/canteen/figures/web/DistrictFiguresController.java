package cn.xingfu.canteen.figures.web;

import cn.xingfu.canteen.figures.CareFigures;
import cn.xingfu.canteen.figures.DistrictFigures;
import cn.xingfu.canteen.figures.DistrictReport;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "District figures", description = "The bureau's annual figures, live, with the care institutions' part")
class DistrictFiguresController {

    private final DistrictFigures figures;

    DistrictFiguresController(DistrictFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/district/figures")
    @Operation(summary = "A month (month=2031-03), a year (year=2031) or a range (from, to) of the district's figures")
    DistrictReport report(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor) {
        LocalDate[] range = range(year, month, from, to);
        return figures.report(range[0], range[1], actor);
    }

    @GetMapping(value = "/api/district/figures.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable YearMonth month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Actor actor)
            throws IOException {
        LocalDate[] range = range(year, month, from, to);
        DistrictReport r = figures.report(range[0], range[1], actor);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("指标 Measure", "分项 Item", "数值 Value");
            csv.printRecord("期间 Period", r.from() + " – " + r.to(), "");
            csv.printRecord("在营食堂 Canteens active", "", r.canteensActive());
            csv.printRecord("有供餐的食堂 Canteens serving", "", r.canteensServing());
            csv.printRecord("供餐总数 Meals", "", r.meals());
            for (Channel channel : Channel.values()) {
                csv.printRecord(
                        "供餐 Meals",
                        channel.zh() + " " + channel.en(),
                        r.mealsByChannel().get(channel));
            }
            csv.printRecord("送餐上门 Deliveries", "已送达 delivered", r.deliveries());
            csv.printRecord("送餐上门 Deliveries", "未送达 failed", r.failedDeliveries());
            csv.printRecord("补贴金额(元) Subsidy paid (yuan)", "", r.subsidyPaid().toPlainString());
            csv.printRecord("服务长者 Seniors reached", "", r.seniorsReached());
            for (DistrictReport.MonthRow m : r.months()) {
                for (Channel channel : Channel.values()) {
                    csv.printRecord(
                            "月度供餐 Meals by month",
                            m.month() + " " + channel.en(),
                            m.meals().get(channel));
                }
                csv.printRecord("月度补贴 Subsidy by month", m.month(), m.subsidy().toPlainString());
            }
            for (DistrictReport.CanteenRow c : r.canteens()) {
                long meals =
                        c.meals().values().stream().mapToLong(Long::longValue).sum();
                csv.printRecord("食堂供餐 Meals by canteen", c.name(), meals);
            }
            CareFigures care = r.care();
            if (care == null) {
                csv.printRecord("养老机构数据 Care figures", "暂不可用 unavailable", r.careProblem());
            } else {
                csv.printRecord("养老机构 Institutions", "", care.facilities());
                for (CareFigures.BedCount b : care.beds()) {
                    csv.printRecord("床位 Beds", b.labelZh() + " " + b.labelEn(), b.beds());
                }
                csv.printRecord(
                        "护理员持证率% Caregiver certification %",
                        care.certifiedCaregivers() + "/" + care.activeCaregivers(),
                        care.certificationRatePercent() == null
                                ? ""
                                : care.certificationRatePercent().toPlainString());
                for (CareFigures.LevelCount s : care.stars()) {
                    csv.printRecord("星级 Star level", s.labelZh() + " " + s.labelEn(), s.facilities());
                }
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=district-figures-" + range[0] + "-" + range[1] + ".csv")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate[] range(
            @Nullable Integer year, @Nullable YearMonth month, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (month != null) {
            return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        if (year != null) {
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        LocalDate today = LocalDate.now(cn.xingfu.canteen.site.CanteenDirectory.ZONE);
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        return new LocalDate[] {start, to != null ? to : today};
    }
}
