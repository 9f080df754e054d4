package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CardRenderingTests {

    private final java.security.KeyPair pair = CardKeyRing.generate();

    @Test
    void qrPngDecodesBackToTheToken() throws Exception {
        for (int i = 0; i < 50; i++) {
            String token =
                    CardToken.sign("k1", pair.getPrivate(), 60_000_000_000_000L + i, 1 + i % 3, 60_000_000_000L + i);
            assertThat(decode(QrCodes.png(token, 300))).isEqualTo(token);
        }
    }

    @Test
    void sheetHasTenCardsPerPageAndShowsCodesAndNames() throws Exception {
        List<CardPrinting.PrintedCard> cards = new ArrayList<>();
        IntStream.range(0, 23)
                .forEach(i -> cards.add(new CardPrinting.PrintedCard(
                        "张桂兰" + i,
                        "几江街道幸福食堂",
                        "ABCD-EF" + (char) ('A' + i / 10) + (char) ('A' + i % 10),
                        CardToken.sign("k1", pair.getPrivate(), 1000 + i, 1, 1))));
        byte[] pdf = CardPrinting.render(cards);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(3);
            String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(firstPage).contains("ABCD-EFAA").contains("ABCD-EFAJ").doesNotContain("ABCD-EFBA");
            if (CjkFont.drawsChinese()) {
                assertThat(firstPage).contains("幸福食堂长者卡").contains("张桂兰0");
            }
            assertThat(new PdfTextExtractor(reader).getTextFromPage(3)).contains("ABCD-EFCC");
        } finally {
            reader.close();
        }
    }

    @Test
    void theBuildMachineHasAChineseFont() {
        // CI installs fonts-wqy-microhei; without it the sheets would print boxes instead of names
        assertThat(CjkFont.drawsChinese()).isTrue();
    }

    @Test
    void anEmptySheetIsStillAValidPdf() throws Exception {
        PdfReader reader = new PdfReader(CardPrinting.render(List.of()));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        reader.close();
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
