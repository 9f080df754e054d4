package cn.xingfu.kiosk.ui;

import cn.xingfu.kiosk.voice.Speaker;
import java.util.ArrayList;
import java.util.List;

/** A speech engine that writes down what it is asked to say, so tests hear the kiosk without a sound card. */
public final class RecordingSpeaker implements Speaker {

    private final List<String> said = new ArrayList<>();

    @Override
    public synchronized void speak(String text) {
        said.add(text);
    }

    @Override
    public void stop() {}

    @Override
    public boolean available() {
        return true;
    }

    public synchronized List<String> said() {
        return List.copyOf(said);
    }

    public String all() {
        return String.join("\n", said());
    }
}
