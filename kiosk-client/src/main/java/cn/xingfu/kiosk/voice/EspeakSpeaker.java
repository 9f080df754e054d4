package cn.xingfu.kiosk.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Mandarin from espeak-ng ({@code -v cmn}), offline on the kiosk. The text goes in on standard input, never on the
 * command line, so nothing in it can be read as an option. A missing or failing engine is logged, never thrown.
 */
public final class EspeakSpeaker implements Speaker {

    private static final System.Logger LOG = System.getLogger(EspeakSpeaker.class.getName());
    private static final List<String> NAMES = List.of("espeak-ng", "espeak");

    private final Path executable;
    private final List<String> options;
    private Process current;

    public EspeakSpeaker(Path executable, List<String> options) {
        this.executable = executable;
        this.options = List.copyOf(options);
    }

    /** The Mandarin voice at a calm pace for older ears, played on the default sound device. */
    public static EspeakSpeaker mandarin(Path executable) {
        return new EspeakSpeaker(executable, List.of("-v", "cmn", "-s", "135", "-a", "180"));
    }

    /** espeak-ng (or espeak) on the PATH, if installed. */
    public static Optional<Path> onPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The engine if one is installed, else {@link Speaker#SILENT}. */
    public static Speaker find() {
        return onPath(System.getenv("PATH"))
                .<Speaker>map(EspeakSpeaker::mandarin)
                .orElseGet(() -> {
                    LOG.log(System.Logger.Level.WARNING, "no espeak-ng on the PATH: the kiosk will not speak");
                    return SILENT;
                });
    }

    /** The command line for one sentence: the engine, its options, and "read standard input". */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(options);
        command.add("--stdin");
        return command;
    }

    @Override
    public void speak(String text) {
        Process process;
        try {
            process = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "speech engine did not start: {0}", e.getMessage());
            return;
        }
        synchronized (this) {
            current = process;
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "speech engine refused the text: {0}", e.getMessage());
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            } else if (process.exitValue() != 0) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "speech engine ended with {0} (no sound device?)",
                        process.exitValue());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                current = null;
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (current != null) {
            current.destroy();
        }
    }

    @Override
    public boolean available() {
        return Files.isExecutable(executable);
    }
}
