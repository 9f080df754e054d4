package cn.xingfu.canteen.production;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.print.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The kitchen count on one A4 sheet (landscape), large enough to read from the pass. */
@Component
public class KitchenCountPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public byte[] render(KitchenCount count) {
        Font title = new Font(CjkFont.get(), 18, Font.BOLD);
        Font head = new Font(CjkFont.get(), 11, Font.BOLD);
        Font body = new Font(CjkFont.get(), 11);
        Font big = new Font(CjkFont.get(), 14, Font.BOLD);
        Font alert = new Font(CjkFont.get(), 11, Font.BOLD, new Color(0x8a, 0x11, 0x11));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(
                "厨房备餐单 Kitchen count · " + count.canteenName() + " · " + count.serviceDate() + " "
                        + count.period().zh() + " " + count.period().en(),
                title));
        document.add(new Paragraph("统计时间 Counted at " + TIME.format(count.countedAt()), body));
        if (count.closure() != null) {
            document.add(new Paragraph(
                    count.closure().messageZh() + " " + count.closure().messageEn(), alert));
        }
        KitchenCount.Totals totals = count.totals();
        document.add(new Paragraph(
                "合计 Total: " + totals.portions() + " 份 portions, " + totals.orders() + " 单 orders — 堂食 Dine-in "
                        + n(totals.portionsByChannel().get(Channel.DINE_IN)) + " · 自取 Takeaway "
                        + n(totals.portionsByChannel().get(Channel.TAKEAWAY)) + " · 送餐 Delivery "
                        + n(totals.portionsByChannel().get(Channel.DELIVERY))
                        + " · 其中长期订餐预计 of which expected from standing orders "
                        + totals.expectedFromStanding(),
                big));

        PdfPTable dishes = new PdfPTable(new float[] {3.2f, 1.2f, 1, 1, 1, 1.3f, 1, 4});
        dishes.setWidthPercentage(100);
        dishes.setSpacingBefore(10);
        for (String h : List.of(
                "菜品 Dish",
                "类别 Category",
                "堂食 Dine-in",
                "自取 Takeaway",
                "送餐 Delivery",
                "长期订餐(预计) Standing",
                "合计 Total",
                "特殊做法 Variants")) {
            dishes.addCell(cell(h, head, new Color(0xe9, 0xee, 0xf6)));
        }
        for (KitchenCount.DishCount dish : count.dishes()) {
            dishes.addCell(cell(dish.name() + "\n" + dish.nameEn(), body, null));
            dishes.addCell(cell(dish.category(), body, null));
            for (Channel channel : Channel.values()) {
                dishes.addCell(number(n(dish.placed().get(channel)), body));
            }
            dishes.addCell(number(
                    dish.expected().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum(),
                    body));
            dishes.addCell(number(dish.total(), big));
            dishes.addCell(cell(
                    dish.variants().stream()
                            .map(v -> v.labelZh() + " " + v.labelEn() + " ×" + v.portions())
                            .collect(Collectors.joining("\n")),
                    body,
                    null));
        }
        document.add(dishes);

        if (!count.conflicts().isEmpty()) {
            document.add(new Paragraph("需联系长者 Call before serving: 饮食冲突 dietary conflicts", head));
            PdfPTable conflicts = new PdfPTable(new float[] {1.5f, 1.2f, 2.5f, 6});
            conflicts.setWidthPercentage(100);
            conflicts.setSpacingBefore(4);
            for (String h : List.of("长者 Senior", "单号 Order", "菜品 Dish", "问题 Problem")) {
                conflicts.addCell(cell(h, head, new Color(0xfd, 0xe8, 0xe8)));
            }
            for (KitchenCount.Conflict c : count.conflicts()) {
                conflicts.addCell(cell(c.maskedName(), c.blocking() ? alert : body, null));
                conflicts.addCell(cell(c.orderNumber() == null ? "长期订餐 standing" : c.orderNumber(), body, null));
                conflicts.addCell(cell(c.dishName(), body, null));
                conflicts.addCell(cell(c.messageZh() + "\n" + c.messageEn(), c.blocking() ? alert : body, null));
            }
            document.add(conflicts);
        }
        if (!count.standingProblems().isEmpty()) {
            document.add(new Paragraph("长期订餐未能生成 Standing orders not placed", head));
            PdfPTable problems = new PdfPTable(new float[] {1.5f, 2, 7});
            problems.setWidthPercentage(100);
            problems.setSpacingBefore(4);
            for (KitchenCount.StandingProblem p : count.standingProblems()) {
                problems.addCell(cell(p.maskedName(), body, null));
                problems.addCell(cell(p.code(), body, null));
                problems.addCell(cell(p.messageZh() + "\n" + p.messageEn(), body, null));
            }
            document.add(problems);
        }
        document.close();
        return out.toByteArray();
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static PdfPCell number(int value, Font font) {
        PdfPCell cell = cell(String.valueOf(value), font, null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
