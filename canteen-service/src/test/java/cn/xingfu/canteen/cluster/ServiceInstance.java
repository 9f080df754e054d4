package cn.xingfu.canteen.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * One canteen-service instance in a process of its own (so it can be killed like a crashed machine), on a free
 * port, with the main class path only: the test classes stay out, or their fixtures would be scanned in.
 */
final class ServiceInstance implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;

    private ServiceInstance(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static ServiceInstance start(String name, int instanceNumber, List<String> arguments, Path logs)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                mainClassPath(),
                "cn.xingfu.canteen.CanteenApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("cluster-" + name + ".log").toFile());
        builder.environment().put("XINGFU_INSTANCE", String.valueOf(instanceNumber));
        return new ServiceInstance(name, port, builder.start());
    }

    /** Waits until the instance answers its readiness probe. */
    ServiceInstance awaitReady(Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see its log");
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + within);
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no graceful shutdown, nothing flushed, as when a machine dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** This JVM's class path (expanding a manifest-only booter jar) without the test classes. */
    private static String mainClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (file.getName().startsWith("surefirebooter") && file.getName().endsWith(".jar")) {
                try (JarFile jar = new JarFile(file)) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest.getMainAttributes().getValue("Class-Path");
                    for (String url : classPath.split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(new File(
                                            URI.create(url).isAbsolute()
                                                    ? URI.create(url)
                                                    : file.toURI().resolve(url))
                                    .getPath());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(e -> !e.replace('\\', '/').matches(".*/test-classes/?$"))
                        .toList());
    }
}
