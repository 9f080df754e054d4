package cn.xingfu.canteen.card;

import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** QR images and printable A4 sheets of cards (ten credit-card-sized cards per page, cut along the borders). */
@Service
@Transactional(readOnly = true)
public class CardPrinting {

    static final int CARDS_PER_PAGE = 10;
    static final int MAX_CARDS = 400;
    static final String TITLE = "幸福食堂长者卡";
    private static final float MM = 72f / 25.4f;

    private final Cards cards;
    private final CardManagement management;
    private final SeniorDirectory seniors;
    private final CanteenNames canteenNames;
    private final CardKeyRing keys;

    CardPrinting(
            Cards cards,
            CardManagement management,
            SeniorDirectory seniors,
            CanteenNames canteenNames,
            CardKeyRing keys) {
        this.cards = cards;
        this.keys = keys;
        this.management = management;
        this.seniors = seniors;
        this.canteenNames = canteenNames;
    }

    /** The card's QR code as PNG; only current cards are rendered. */
    public byte[] qrPng(long cardId, int size, Actor actor) {
        CardView card = management.card(cardId, actor);
        if (card.token() == null) {
            throw Card.superseded();
        }
        return QrCodes.png(card.token(), Math.max(120, Math.min(size, 1000)));
    }

    /**
     * A printable PDF of the given current cards, or of every active card of the canteen's active seniors when
     * {@code cardIds} is empty.
     *
     * @throws DomainException SHEET_TOO_LARGE above {@value #MAX_CARDS} cards, CARD_NOT_FOUND, scope codes
     */
    public byte[] sheetPdf(@Nullable Long canteenId, List<Long> cardIds, Actor actor) {
        actor.requireManager();
        List<Card> selected;
        if (!cardIds.isEmpty()) {
            if (cardIds.size() > MAX_CARDS) {
                throw tooLarge();
            }
            selected = new ArrayList<>();
            for (long id : cardIds.stream().distinct().toList()) {
                selected.add(cards.findById(id).orElseThrow(CardVerification::cardNotFound));
            }
        } else if (canteenId != null) {
            actor.requireCanteen(canteenId);
            List<Long> seniorIds = seniors.activeSeniorIds(canteenId);
            if (seniorIds.size() > MAX_CARDS) {
                throw tooLarge();
            }
            Map<Long, Card> bySenior = seniorIds.isEmpty()
                    ? Map.of()
                    : cards.findByCurrentSeniorIdIn(seniorIds).stream()
                            .filter(c -> c.status() == CardStatus.ACTIVE)
                            .collect(Collectors.toMap(Card::seniorId, Function.identity()));
            selected = seniorIds.stream()
                    .map(bySenior::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        } else {
            throw DomainException.invalid(
                    "SHEET_SELECTION_REQUIRED", "请指定食堂或卡号", "Give a canteen or a list of card ids");
        }
        Map<Long, SeniorProfile> profiles = seniors
                .profiles(selected.stream().map(Card::seniorId).toList())
                .stream()
                .collect(Collectors.toMap(SeniorProfile::id, Function.identity()));
        List<PrintedCard> printed = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (Card card : selected) {
            SeniorProfile senior = profiles.get(card.seniorId());
            if (senior == null) {
                throw CardVerification.cardNotFound();
            }
            actor.requireCanteen(senior.homeCanteenId());
            if (card.status() == CardStatus.SUPERSEDED) {
                throw Card.superseded();
            }
            String canteenName = names.computeIfAbsent(senior.homeCanteenId(), canteenNames::nameOf);
            printed.add(new PrintedCard(
                    senior.name(),
                    canteenName,
                    ManualCodes.printed(card.manualCode()),
                    keys.token(card, senior.homeCanteenId())));
        }
        return render(printed);
    }

    static byte[] render(List<PrintedCard> printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 10 * MM, 10 * MM, 10 * MM, 10 * MM);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(TITLE);
            document.open();
            Font title = new Font(CjkFont.get(), 10, Font.BOLD, new Color(0xB0, 0x30, 0x30));
            Font name = new Font(CjkFont.get(), 16, Font.BOLD);
            Font small = new Font(CjkFont.get(), 9);
            Font code = new Font(CjkFont.get(), 12, Font.BOLD);
            if (printed.isEmpty()) {
                document.add(new Paragraph("没有可打印的长者卡 / No cards to print", name));
            }
            for (int start = 0; start < printed.size(); start += CARDS_PER_PAGE) {
                if (start > 0) {
                    document.newPage();
                }
                PdfPTable page = new PdfPTable(2);
                page.setWidthPercentage(100);
                List<PrintedCard> onPage = printed.subList(start, Math.min(printed.size(), start + CARDS_PER_PAGE));
                for (PrintedCard card : onPage) {
                    page.addCell(cardCell(card, title, name, small, code));
                }
                if (onPage.size() % 2 == 1) {
                    PdfPCell empty = new PdfPCell();
                    empty.setBorder(Rectangle.NO_BORDER);
                    page.addCell(empty);
                }
                document.add(page);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render card sheet", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cardCell(PrintedCard card, Font title, Font name, Font small, Font code) {
        PdfPTable inner = new PdfPTable(new float[] {45, 55});
        inner.setWidthPercentage(100);
        PdfPCell qr;
        try {
            Image image = Image.getInstance(QrCodes.png(card.token(), 300));
            image.scaleToFit(40 * MM, 40 * MM);
            qr = new PdfPCell(image, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setVerticalAlignment(Element.ALIGN_MIDDLE);
        qr.setHorizontalAlignment(Element.ALIGN_CENTER);
        inner.addCell(qr);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.addElement(new Paragraph(TITLE, title));
        text.addElement(new Paragraph(card.seniorName(), name));
        text.addElement(new Paragraph(card.canteenName(), small));
        text.addElement(new Paragraph("手工码 " + card.manualCode(), code));
        inner.addCell(text);
        PdfPCell cell = new PdfPCell(inner);
        cell.setFixedHeight(54 * MM);
        cell.setPadding(3 * MM);
        cell.setBorderColor(new Color(0xAA, 0xAA, 0xAA));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static DomainException tooLarge() {
        return DomainException.invalid(
                "SHEET_TOO_LARGE", "一次最多打印 " + MAX_CARDS + " 张卡", "At most " + MAX_CARDS + " cards per sheet");
    }

    /** What is printed on one card. */
    record PrintedCard(String seniorName, String canteenName, String manualCode, String token) {}
}
