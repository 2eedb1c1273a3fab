package io.jiandang.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service as it is shipped: its executable jar started as a child JVM, its output in
 * {@code target/system-test-logs/<name>.log}. It binds a port of the kernel's choosing ({@code server.port=0}) and
 * names it in its log; ready once {@code /actuator/health} answers UP there.
 *
 * <p>Why not a port probed free beforehand: the port is released before the service binds it, a minute later on a
 * busy machine, and another service probing meanwhile is handed the same one (a fresh-clone CI run had exit-service
 * and reporting-service given 38199; exit-service failed to start and the test's exit requests reached reporting).
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * Six Spring Boot services booting side by side on a small, shared machine may take minutes; on a machine
     * busier still, {@code -Djiandang.systemtest.start-timeout=PT30M} gives them longer.
     */
    private static final Duration START_TIMEOUT =
            Duration.parse(System.getProperty("jiandang.systemtest.start-timeout", "PT10M"));

    /** Spring Boot's line once its web server listens (logged at INFO by TomcatWebServer). */
    private static final Pattern LISTENING = Pattern.compile("Tomcat started on port (\\d+)");

    private final String name;
    private final Process process;
    private final Path log;
    /** The port the service listens on, read from its log; 0 until then. */
    private volatile int port;

    private ServiceProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * The services' JVM options: a small heap and the serial collector (seven JVMs share 2 cores), and the C1 compiler
     * alone, which starts a service in far less CPU than C1 and C2 together; a long run may prefer full JIT
     * ({@code -Djiandang.systemtest.service-jvm-options="-Xmx384m -XX:+UseSerialGC"}).
     */
    static final String SERVICE_JVM_OPTIONS = System.getProperty("jiandang.systemtest.service-jvm-options",
            "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

    /**
     * Starts {@code services/<name>-service/target/<name>-service-*.jar} with the given system properties.
     * Does not wait: call {@link #awaitReady()} once every service was started, so they boot side by side.
     */
    static ServiceProcess start(String name, Map<String, String> properties) {
        return start(name, name, properties);
    }

    /** As {@link #start(String, Map)}, its output in {@code target/system-test-logs/<logName>.log}. */
    static ServiceProcess start(String name, String logName, Map<String, String> properties) {
        Path jar = jarOf(name);
        Path logs = Path.of("target", "system-test-logs");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SERVICE_JVM_OPTIONS.trim().split("\\s+")));
        command.add("-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath());
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-Dserver.port=0");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logs);
            Files.createDirectories(Path.of("target", "tmp"));
            Path log = logs.resolve(logName + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ServiceProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the service reports UP; fails with the log's tail if it dies or takes too long. */
    void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            if (port == 0) {
                listeningPort().ifPresent(listening -> port = listening);
            }
            if (port != 0 && answersUp(http)) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not UP within " + START_TIMEOUT + ":\n" + tail());
    }

    private boolean answersUp(HttpClient http) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** The port named by the service's log once its web server listens. */
    private java.util.Optional<Integer> listeningPort() {
        Matcher listening = LISTENING.matcher(output());
        return listening.find() ? java.util.Optional.of(Integer.parseInt(listening.group(1))) : java.util.Optional.empty();
    }

    URI uri(String path) {
        if (port == 0) {
            throw new IllegalStateException(name + " is not listening yet: call awaitReady() first");
        }
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    /** The service's output so far, for assertions that nothing secret was logged. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String all = output();
        return all.length() <= 6000 ? all : all.substring(all.length() - 6000);
    }

    /**
     * Writes the service's threads ({@code jcmd <pid> Thread.print}) beside its log, as
     * {@code target/system-test-logs/<log>-threads.txt}: what each thread waits for when a run stalls. Answers the
     * file, or empty when the service has exited or jcmd could not attach.
     */
    java.util.Optional<Path> dumpThreads() {
        if (!process.isAlive()) {
            return java.util.Optional.empty();
        }
        String logName = log.getFileName().toString().replaceFirst("\\.log$", "");
        Path dump = log.resolveSibling(logName + "-threads.txt");
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process print = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print", "-l")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            if (!print.waitFor(60, TimeUnit.SECONDS)) {
                print.destroyForcibly();
                return java.util.Optional.empty();
            }
            return print.exitValue() == 0 ? java.util.Optional.of(dump) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** Asks the service to shut down (SIGTERM) without waiting; {@link #close()} waits for it. */
    void requestStop() {
        process.destroy();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static Path jarOf(String name) {
        Path target = Path.of("..", "services", name + "-service", "target").toAbsolutePath().normalize();
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(name + "-service-.*\\.jar")
                            && !f.getFileName().toString().matches(".*-(sources|javadoc|tests|plain)\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + name + "-service under " + target
                            + ": package the services first (./mvnw verify builds them before the system tests)"));
        } catch (IOException e) {
            throw new UncheckedIOException("no build of " + name + "-service under " + target, e);
        }
    }
}
