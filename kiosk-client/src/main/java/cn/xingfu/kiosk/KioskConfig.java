package cn.xingfu.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How a kiosk is set up: the service, its device credentials, where it keeps its journal and caches, and its
 * timings. Read from {@code --name=value} arguments, then {@code kiosk.*} system properties, then {@code KIOSK_*}
 * environment variables. {@code voice} false keeps the kiosk silent (staff can also switch the voice off on the
 * screen).
 */
public record KioskConfig(
        URI serviceUrl,
        String username,
        String password,
        Path dataDir,
        int idleSeconds,
        int warnSeconds,
        int pollSeconds,
        int probeSeconds,
        int scanGapMillis,
        boolean fullScreen,
        boolean voice) {

    /** A kiosk that speaks (the shape before the voice switch existed). */
    public KioskConfig(
            URI serviceUrl,
            String username,
            String password,
            Path dataDir,
            int idleSeconds,
            int warnSeconds,
            int pollSeconds,
            int probeSeconds,
            int scanGapMillis,
            boolean fullScreen) {
        this(
                serviceUrl,
                username,
                password,
                dataDir,
                idleSeconds,
                warnSeconds,
                pollSeconds,
                probeSeconds,
                scanGapMillis,
                fullScreen,
                true);
    }

    public static KioskConfig defaults(URI serviceUrl, Path dataDir) {
        return new KioskConfig(serviceUrl, "kiosk01", "kiosk123", dataDir, 90, 30, 3, 5, 300, false);
    }

    public static KioskConfig from(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return new KioskConfig(
                URI.create(value(values, env, "service", "http://localhost:8080")),
                value(values, env, "username", "kiosk01"),
                value(values, env, "password", "kiosk123"),
                Path.of(value(values, env, "data-dir", System.getProperty("user.home") + "/.xingfu-kiosk")),
                Integer.parseInt(value(values, env, "idle-seconds", "90")),
                Integer.parseInt(value(values, env, "warn-seconds", "30")),
                Integer.parseInt(value(values, env, "poll-seconds", "3")),
                Integer.parseInt(value(values, env, "probe-seconds", "5")),
                Integer.parseInt(value(values, env, "scan-gap-millis", "300")),
                Boolean.parseBoolean(value(values, env, "full-screen", "false")),
                !"false".equalsIgnoreCase(value(values, env, "voice", "true")));
    }

    private static String value(Map<String, String> args, Map<String, String> env, String name, String fallback) {
        if (args.containsKey(name)) {
            return args.get(name);
        }
        String property = System.getProperty("kiosk." + name);
        if (property != null) {
            return property;
        }
        String variable = env.get("KIOSK_" + name.toUpperCase().replace('-', '_'));
        return variable != null ? variable : fallback;
    }

    public KioskConfig withTimings(int idle, int warn, int poll, int probe) {
        return new KioskConfig(
                serviceUrl, username, password, dataDir, idle, warn, poll, probe, scanGapMillis, fullScreen, voice);
    }

    public KioskConfig withServiceUrl(URI url) {
        return new KioskConfig(
                url,
                username,
                password,
                dataDir,
                idleSeconds,
                warnSeconds,
                pollSeconds,
                probeSeconds,
                scanGapMillis,
                fullScreen,
                voice);
    }

    public KioskConfig withVoice(boolean on) {
        return new KioskConfig(
                serviceUrl,
                username,
                password,
                dataDir,
                idleSeconds,
                warnSeconds,
                pollSeconds,
                probeSeconds,
                scanGapMillis,
                fullScreen,
                on);
    }
}
