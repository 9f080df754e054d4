package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.kernel.Masking;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Printable route sheets (one page per volunteer) and meal labels (sequence number, senior, dishes, diet). */
@Service
public class RoutePrints {

    private static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withZone(RoundPlanning.BEIJING);

    private final RoundPlanning planning;
    private final OrderQueries orders;
    private final SeniorDirectory seniors;
    private final CanteenDirectory canteens;

    RoutePrints(RoundPlanning planning, OrderQueries orders, SeniorDirectory seniors, CanteenDirectory canteens) {
        this.planning = planning;
        this.orders = orders;
        this.seniors = seniors;
        this.canteens = canteens;
    }

    public byte[] routeSheets(long planId, Actor actor) {
        PlanView plan = planning.get(planId, actor);
        String canteen = canteens.canteen(plan.canteenId()).name();
        Fonts fonts = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        boolean first = true;
        for (PlanView.RoundView round : plan.rounds()) {
            if (round.stops().isEmpty()) {
                continue;
            }
            if (!first) {
                document.newPage();
            }
            first = false;
            document.add(new Paragraph(
                    "送餐路线单 Route sheet — " + canteen + " " + plan.serviceDate() + " "
                            + plan.period().zh(),
                    fonts.title));
            document.add(new Paragraph(
                    "志愿者 Volunteer: " + round.volunteerName() + "   出发 Leave: " + HH_MM.format(round.departureAt())
                            + "   " + round.transport().zh() + "   " + round.load() + "/" + round.boxCapacity()
                            + " 箱 boxes   约 " + round.travelMinutes() + " 分钟 min"
                            + (round.trips() > 1 ? "   " + round.trips() + " 趟 trips" : ""),
                    fonts.body));
            document.add(new Paragraph(" ", fonts.body));
            PdfPTable table = new PdfPTable(new float[] {1f, 2.2f, 5f, 4.5f, 2.5f, 1.6f, 2.5f});
            table.setWidthPercentage(100);
            for (String header : List.of("#", "老人 Senior", "地址 Address", "餐品 Dishes", "饮食 Diet", "预计 ETA", "签收 Sign")) {
                table.addCell(cell(header, fonts.bold));
            }
            int trip = 0;
            for (PlanView.StopView stop : round.stops()) {
                if (round.trips() > 1 && stop.trip() != trip) {
                    // the volunteer comes back for the next boxes here: a full-width line says when it leaves
                    trip = stop.trip();
                    PdfPCell divider = cell(
                            "第 " + trip + " 趟 Trip " + trip + "   出发 Leave " + time(stop.tripLeavesAt()), fonts.bold);
                    divider.setColspan(7);
                    table.addCell(divider);
                }
                OrderView order = orders.snapshot(stop.orderId());
                DeliveryContact contact = seniors.deliveryContact(stop.seniorId());
                table.addCell(cell(String.valueOf(stop.sequence()), fonts.bold));
                table.addCell(cell(Masking.name(contact.name()), fonts.body));
                table.addCell(cell(
                        contact.address() + (contact.deliveryNotes() == null ? "" : "\n※ " + contact.deliveryNotes()),
                        fonts.body));
                table.addCell(cell(dishes(order), fonts.body));
                table.addCell(cell(String.join(", ", order.dietaryFlags()), fonts.body));
                table.addCell(cell(time(stop.plannedArrival()), fonts.body));
                table.addCell(cell("", fonts.body));
            }
            document.add(table);
            document.add(new Paragraph(
                    "交接时核对姓名、餐品与数量，扫描或输入助餐卡。无人应门请在手机上选择“无人在家”，食堂会联系家属或社区。\n"
                            + "At the door check name, dishes and quantity and scan the meal card. Nobody home: choose"
                            + " \"Nobody home\" on the phone; the canteen contacts the family or community.",
                    fonts.small));
        }
        if (first) {
            document.add(new Paragraph("没有已排线的配送 No planned deliveries", fonts.title));
        }
        document.close();
        return out.toByteArray();
    }

    /** Labels in a 3-column grid: sequence number large, so the kitchen packs each round in visiting order. */
    public byte[] labels(long planId, Actor actor) {
        PlanView plan = planning.get(planId, actor);
        Fonts fonts = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 18, 18, 18, 18);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable grid = new PdfPTable(3);
        grid.setWidthPercentage(100);
        int count = 0;
        for (PlanView.RoundView round : plan.rounds()) {
            for (PlanView.StopView stop : round.stops()) {
                OrderView order = orders.snapshot(stop.orderId());
                DeliveryContact contact = seniors.deliveryContact(stop.seniorId());
                PdfPCell label = new PdfPCell();
                label.setFixedHeight(150);
                label.setPadding(6);
                String trip = round.trips() > 1 ? "  第" + stop.trip() + "趟 T" + stop.trip() : "";
                label.addElement(new Paragraph(round.volunteerName() + "  #" + stop.sequence() + trip, fonts.big));
                label.addElement(new Paragraph(
                        Masking.name(contact.name()) + "  " + plan.period().zh(), fonts.bold));
                label.addElement(new Paragraph(contact.address(), fonts.small));
                label.addElement(new Paragraph(dishes(order), fonts.small));
                if (!order.dietaryFlags().isEmpty()) {
                    label.addElement(new Paragraph("⚠ " + String.join(", ", order.dietaryFlags()), fonts.bold));
                }
                grid.addCell(label);
                count++;
            }
        }
        if (count == 0) {
            document.add(new Paragraph("没有已排线的配送 No planned deliveries", fonts.title));
        } else {
            grid.completeRow();
            document.add(grid);
        }
        document.close();
        return out.toByteArray();
    }

    private static String dishes(OrderView order) {
        return order.lines().stream()
                .map(line -> line.name() + " ×" + line.quantity())
                .collect(Collectors.joining("\n"));
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : HH_MM.format(instant);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static Fonts fonts() {
        try {
            BaseFont base = Files.exists(Path.of(CJK_FONT))
                    ? BaseFont.createFont(CJK_FONT + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                    : BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            return new Fonts(
                    new Font(base, 16, Font.BOLD),
                    new Font(base, 10),
                    new Font(base, 10, Font.BOLD),
                    new Font(base, 8),
                    new Font(base, 18, Font.BOLD));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the PDF font", e);
        }
    }

    private record Fonts(Font title, Font body, Font bold, Font small, Font big) {}
}
