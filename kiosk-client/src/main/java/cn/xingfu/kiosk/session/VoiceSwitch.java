package cn.xingfu.kiosk.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Remembers on the kiosk's disk that staff switched the voice off, so a restart keeps it off. */
final class VoiceSwitch {

    private static final System.Logger LOG = System.getLogger(VoiceSwitch.class.getName());
    private static final String MARKER = "voice-off";

    private VoiceSwitch() {}

    static boolean offIn(Path dataDir) {
        return Files.exists(dataDir.resolve(MARKER));
    }

    static void remember(Path dataDir, boolean on) {
        try {
            if (on) {
                Files.deleteIfExists(dataDir.resolve(MARKER));
            } else {
                Files.createDirectories(dataDir);
                Files.writeString(dataDir.resolve(MARKER), "staff switched the voice off\n");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remember the voice switch: {0}", e.getMessage());
        }
    }
}
