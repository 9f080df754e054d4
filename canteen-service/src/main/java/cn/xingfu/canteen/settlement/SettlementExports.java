package cn.xingfu.canteen.settlement;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.print.CjkFont;
import cn.xingfu.canteen.shared.security.Actor;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The claim of a canteen's month as the bureau files it: CSV (UTF-8 with BOM so spreadsheet programs read the
 * Chinese), XLSX (a sheet of lines and a sheet of totals per funder and tier; streamed, so a large month does not sit
 * in memory) and PDF (totals first, then the lines). Columns in Chinese and English; one column per scheme.
 */
@Component
public class SettlementExports {

    private final Settlements settlements;

    SettlementExports(Settlements settlements) {
        this.settlements = settlements;
    }

    private List<String> header(List<String> schemes) {
        List<String> header = new ArrayList<>(List.of(
                "序号 No.",
                "类型 Kind",
                "服务日期 Date",
                "餐次 Meal",
                "食堂 Canteen",
                "长者 Senior",
                "长者编号 Senior ID",
                "就餐方式 Channel",
                "身份核验 Verification",
                "原价 Gross",
                "食堂优惠 Canteen price rule"));
        schemes.forEach(s -> header.add("补贴 " + s));
        header.addAll(List.of("补贴合计 Subsidy", "自付 Self-pay", "档次 Tier", "订单号 Order"));
        return header;
    }

    private static List<Object> row(int n, ClaimLine l, List<String> schemes) {
        List<Object> row = new ArrayList<>(List.of(
                n,
                kind(l.kind()),
                l.serviceDate().toString(),
                MealPeriod.valueOf(l.mealPeriod()).zh(),
                l.canteenName(),
                l.seniorMaskedName(),
                l.seniorId(),
                Channel.valueOf(l.channel()).zh(),
                verification(l.verification()),
                l.gross(),
                l.priceRuleDiscount()));
        schemes.forEach(s -> row.add(l.schemeAmounts().getOrDefault(s, BigDecimal.ZERO.setScale(2))));
        row.addAll(List.of(l.subsidy(), l.selfPay(), l.tierCode() == null ? "" : l.tierCode(), l.orderId()));
        return row;
    }

    public void csv(long canteenId, YearMonth month, Actor actor, OutputStream out) {
        SettlementView view = settlements.view(canteenId, month, actor);
        List<String> schemes = settlements.schemes(canteenId, month, actor);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(header(schemes));
            int[] n = {0};
            settlements.eachLine(canteenId, month, actor, l -> {
                try {
                    csv.printRecord(row(++n[0], l, schemes));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (SettlementView.TierTotal t : view.byTier()) {
                csv.printRecord("合计 Total", t.funder(), t.schemeCode(), t.tierCode(), t.meals(), t.amount());
            }
            csv.printRecord(
                    "总计 Grand total", view.lines(), view.grossTotal(), view.subsidyTotal(), view.selfPayTotal());
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(long canteenId, YearMonth month, Actor actor, OutputStream out) {
        SettlementView view = settlements.view(canteenId, month, actor);
        List<String> schemes = settlements.schemes(canteenId, month, actor);
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet lines = book.createSheet("明细 Lines");
            write(lines.createRow(0), new ArrayList<>(header(schemes)));
            int[] n = {0};
            settlements.eachLine(canteenId, month, actor, l -> {
                n[0]++;
                write(lines.createRow(n[0]), row(n[0], l, schemes));
            });
            Sheet totals = book.createSheet("汇总 Totals");
            write(totals.createRow(0), List.of("出资方 Funder", "补贴项目 Scheme", "档次 Tier", "餐数 Meals", "金额 Amount"));
            int r = 1;
            for (SettlementView.TierTotal t : view.byTier()) {
                write(totals.createRow(r++), List.of(t.funder(), t.schemeCode(), t.tierCode(), t.meals(), t.amount()));
            }
            for (SettlementView.FunderTotal f : view.byFunder()) {
                write(totals.createRow(r++), List.of(f.funder(), "合计 Total", "", f.meals(), f.amount()));
            }
            write(totals.createRow(r), List.of("总计 Grand total", "", "", view.lines(), view.subsidyTotal()));
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof BigDecimal d) {
                row.createCell(i).setCellValue(d.doubleValue());
            } else if (v instanceof Number num) {
                row.createCell(i).setCellValue(num.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(v));
            }
        }
    }

    public void pdf(long canteenId, YearMonth month, Actor actor, OutputStream out) {
        SettlementView view = settlements.view(canteenId, month, actor);
        List<String> schemes = settlements.schemes(canteenId, month, actor);
        Font title = new Font(CjkFont.get(), 16, Font.BOLD);
        Font head = new Font(CjkFont.get(), 8, Font.BOLD);
        Font body = new Font(CjkFont.get(), 8);
        Font big = new Font(CjkFont.get(), 11, Font.BOLD);
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(
                "助餐补贴结算单 Meal-subsidy claim · " + view.canteenName() + " · " + view.month() + " · " + view.statusZh()
                        + " " + view.statusEn(),
                title));
        document.add(new Paragraph(
                "补贴餐数 Meals " + view.lines() + "（其中调整 adjustments " + view.adjustmentLines() + "）· 原价 Gross "
                        + view.grossTotal() + " · 食堂优惠 Canteen price rules " + view.discountTotal() + " · 补贴 Subsidy "
                        + view.subsidyTotal() + " · 自付 Self-pay " + view.selfPayTotal(),
                big));
        PdfPTable totals = new PdfPTable(new float[] {2, 2.5f, 2, 1, 1.5f});
        totals.setWidthPercentage(60);
        totals.setHorizontalAlignment(Element.ALIGN_LEFT);
        totals.setSpacingBefore(8);
        for (String h : List.of("出资方 Funder", "补贴项目 Scheme", "档次 Tier", "餐数 Meals", "金额 Amount")) {
            totals.addCell(cell(h, head));
        }
        for (SettlementView.TierTotal t : view.byTier()) {
            totals.addCell(cell(t.funder(), body));
            totals.addCell(cell(t.schemeCode(), body));
            totals.addCell(cell(t.tierCode(), body));
            totals.addCell(number(String.valueOf(t.meals()), body));
            totals.addCell(number(t.amount().toString(), body));
        }
        for (SettlementView.FunderTotal f : view.byFunder()) {
            totals.addCell(cell(f.funder(), head));
            totals.addCell(cell("合计 Total", head));
            totals.addCell(cell("", head));
            totals.addCell(number(String.valueOf(f.meals()), head));
            totals.addCell(number(f.amount().toString(), head));
        }
        document.add(totals);
        List<String> header = header(schemes);
        PdfPTable lines = new PdfPTable(header.size());
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(10);
        lines.setHeaderRows(1);
        header.forEach(h -> lines.addCell(cell(h, head)));
        int[] n = {0};
        settlements.eachLine(canteenId, month, actor, l -> {
            for (Object v : row(++n[0], l, schemes)) {
                lines.addCell(v instanceof Number ? number(v.toString(), body) : cell(v.toString(), body));
            }
        });
        document.add(lines);
        document.close();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell number(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String kind(String kind) {
        return ClaimLine.ADJUSTMENT.equals(kind) ? "调整 Adjustment" : "正常 Claim";
    }

    private static String verification(String method) {
        return switch (method) {
            case "CARD_QR" -> "刷卡 Card QR";
            case "MANUAL_CODE" -> "卡号 Card code";
            case "STAFF_CHECK" -> "工作人员核验 Staff check";
            default -> method;
        };
    }
}
