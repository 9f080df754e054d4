package cn.xingfu.canteen.shared.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A font that can draw Chinese in PDFs. Prefers WenQuanYi Micro Hei (installed by CI), then any CJK TrueType
 * font found on the machine, then Helvetica, which cannot draw Chinese but never fails: a sheet without
 * Chinese glyphs is better than no sheet. Shared by every module that prints (cards, kitchen counts).
 */
public final class CjkFont {

    public static final String PREFERRED = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);
    private static final List<String> HINTS =
            List.of("wqy", "cjk", "droidsansfallback", "simsun", "simhei", "msyh", "ukai", "uming", "noto sans sc");
    private static volatile BaseFont font;
    private static volatile boolean chinese;

    private CjkFont() {}

    public static BaseFont get() {
        if (font == null) {
            synchronized (CjkFont.class) {
                if (font == null) {
                    font = load();
                }
            }
        }
        return font;
    }

    /** Whether the font found can draw Chinese. */
    public static boolean drawsChinese() {
        get();
        return chinese;
    }

    private static BaseFont load() {
        for (Path candidate : candidates()) {
            try {
                String name = candidate.toString();
                BaseFont base = BaseFont.createFont(
                        name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name,
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED);
                if (base.charExists('食')) {
                    chinese = true;
                    return base;
                }
            } catch (Exception e) {
                log.debug("Font {} unusable for PDFs: {}", candidate, e.getMessage());
            }
        }
        log.warn("No CJK TrueType font found (install fonts-wqy-microhei); printed sheets will lack Chinese text");
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("no font at all for PDFs", e);
        }
    }

    private static List<Path> candidates() {
        Stream<Path> preferred = Stream.of(Path.of(PREFERRED)).filter(Files::isRegularFile);
        Stream<Path> found = Stream.empty();
        for (String root :
                List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir, 6)) {
                    List<Path> matches = walk.filter(Files::isRegularFile)
                            .filter(p -> {
                                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                                return (n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf"))
                                        && HINTS.stream()
                                                .anyMatch(h -> n.replace("-", "")
                                                        .replace("_", "")
                                                        .contains(h.replace(" ", "")));
                            })
                            .sorted()
                            .toList();
                    found = Stream.concat(found, matches.stream());
                } catch (IOException | RuntimeException e) {
                    log.debug("Cannot list fonts in {}: {}", dir, e.getMessage());
                }
            }
        }
        return Stream.concat(preferred, found).distinct().toList();
    }
}
