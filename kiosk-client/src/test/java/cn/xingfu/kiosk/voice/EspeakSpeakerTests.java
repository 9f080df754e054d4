package cn.xingfu.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is invoked as intended (options, Mandarin voice, text on standard input) without needing a sound card;
 * a missing engine is silent; and the installed espeak-ng really renders Mandarin (to a file, not a speaker).
 */
class EspeakSpeakerTests {

    @TempDir
    Path dir;

    @Test
    void passesTheTextOnStandardInputWithTheMandarinVoice() throws IOException {
        Path record = dir.resolve("record.txt");
        Path engine = dir.resolve("espeak-ng");
        Files.writeString(engine, "#!/bin/sh\necho \"$@\" > " + record + "\ncat >> " + record + "\n");
        Files.setPosixFilePermissions(engine, PosixFilePermissions.fromString("rwxr-xr-x"));
        EspeakSpeaker speaker = EspeakSpeaker.mandarin(engine);
        assertThat(speaker.available()).isTrue();
        speaker.speak("-v en 张老，您好！");
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("-v cmn -s 135 -a 180 --stdin");
        assertThat(lines.get(1)).as("text that looks like an option stays text").isEqualTo("-v en 张老，您好！");
        assertThat(EspeakSpeaker.onPath(dir.toString())).contains(engine);
    }

    @Test
    void aMissingOrFailingEngineIsSilentNotAnError() throws IOException {
        EspeakSpeaker missing = EspeakSpeaker.mandarin(dir.resolve("no-such-engine"));
        assertThat(missing.available()).isFalse();
        missing.speak("您好");
        Path failing = dir.resolve("failing");
        Files.writeString(failing, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));
        EspeakSpeaker.mandarin(failing).speak("您好");
        assertThat(EspeakSpeaker.onPath(dir.resolve("empty").toString())).isEmpty();
        assertThat(EspeakSpeaker.onPath(null)).isEmpty();
    }

    @Test
    void theInstalledEngineRendersMandarinOnTheDevice() throws IOException {
        Path engine = EspeakSpeaker.onPath(System.getenv("PATH"))
                .orElseThrow(() -> new AssertionError("espeak-ng is not installed (.ci/run installs it)"));
        Path wav = dir.resolve("greeting.wav");
        new EspeakSpeaker(engine, List.of("-v", "cmn", "-w", wav.toString())).speak("张老，您好！您的取餐号是 A，0，2，3。");
        byte[] bytes = Files.readAllBytes(wav);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(bytes.length).as("a few seconds of speech").isGreaterThan(40_000);
    }
}
