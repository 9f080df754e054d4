package cn.xingfu.kiosk.voice;

/** A speech engine. {@link #speak} blocks until the sentence has been said; it is only called off the UI thread. */
public interface Speaker {

    void speak(String text);

    /** Cuts short what is being said (a new senior is at the kiosk). */
    void stop();

    /** False when no engine is there: the kiosk then stays silent and says so once in its log. */
    boolean available();

    /** No engine at all. */
    Speaker SILENT = new Speaker() {
        @Override
        public void speak(String text) {}

        @Override
        public void stop() {}

        @Override
        public boolean available() {
            return false;
        }
    };
}
