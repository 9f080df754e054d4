package cn.xingfu.canteen.card;

import com.lowagie.text.pdf.BaseFont;

/** The card sheets' font: the shared CJK font finder ({@link cn.xingfu.canteen.shared.print.CjkFont}). */
final class CjkFont {

    static final String PREFERRED = cn.xingfu.canteen.shared.print.CjkFont.PREFERRED;

    private CjkFont() {}

    static BaseFont get() {
        return cn.xingfu.canteen.shared.print.CjkFont.get();
    }

    /** Whether the font found can draw Chinese. */
    static boolean drawsChinese() {
        return cn.xingfu.canteen.shared.print.CjkFont.drawsChinese();
    }
}
