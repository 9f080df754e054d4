package cn.xingfu.canteen.site;

/**
 * How a canteen's pickup board calls a ready number aloud.
 *
 * @param announce whether it calls at all (a chime and the number in Mandarin)
 * @param voice the name of the browser voice to use; empty for the screen's first Mandarin voice
 * @param repeat how many times each number is called, 1 to 3
 */
public record BoardCallSettings(boolean announce, String voice, int repeat) {

    public static final BoardCallSettings DEFAULTS = new BoardCallSettings(true, "", 2);
}
