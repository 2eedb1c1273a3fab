package io.jiandang.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One launcher ({@link KafkaLauncher}, {@link PostgresLauncher}, {@link MongoLauncher}) run as a child JVM
 * with this JVM's class path; its stdout and stderr go to a log file, where the READY line is awaited.
 * The child gets {@code --exit-on-stdin-eof} and this side holds the pipe, so the child ends with this JVM
 * even when this JVM is killed.
 */
public final class LauncherProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LauncherProcess.class);

    private final Process process;
    private final Path logFile;
    private final String address;
    // held open on purpose: the child exits when this pipe closes
    @SuppressWarnings("unused")
    private final OutputStream stdin;

    private LauncherProcess(Process process, Path logFile, String address) {
        this.process = process;
        this.logFile = logFile;
        this.address = address;
        this.stdin = process.getOutputStream();
    }

    /**
     * Starts {@code mainClass} with {@code arguments} and waits up to {@code timeout} for its READY line.
     *
     * @param maxHeap the child's {@code -Xmx}, e.g. "256m"
     */
    public static LauncherProcess start(Class<?> mainClass, List<String> arguments, Path logFile, String maxHeap,
                                        Duration timeout) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        long offset = Files.exists(logFile) ? Files.size(logFile) : 0L;
        List<String> command = new ArrayList<>(Arrays.asList(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dlogback.configurationFile=" + Launchers.LOGBACK_CONFIGURATION,
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(arguments);
        command.add("--exit-on-stdin-eof");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        String address = awaitReady(process, logFile, offset, timeout);
        log.info("{} ready on {} (pid {}, log {})", mainClass.getSimpleName(), address, process.pid(), logFile);
        return new LauncherProcess(process, logFile, address);
    }

    /** host:port from the READY line. */
    public String address() {
        return address;
    }

    public int port() {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGTERM, then waits for the launcher's clean shutdown (and kills it after {@code timeout}). */
    public void stop(Duration timeout) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("pid {} did not stop within {}; killing it", process.pid(), timeout);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(60));
    }

    private static String awaitReady(Process process, Path logFile, long offset, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder partial = new StringBuilder();
        long position = offset;
        while (true) {
            try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
                if (file.length() > position) {
                    file.seek(position);
                    byte[] bytes = new byte[(int) Math.min(file.length() - position, 1 << 20)];
                    file.readFully(bytes);
                    position += bytes.length;
                    partial.append(new String(bytes, StandardCharsets.UTF_8));
                    int newline;
                    while ((newline = partial.indexOf("\n")) >= 0) {
                        String line = partial.substring(0, newline).trim();
                        partial.delete(0, newline + 1);
                        if (line.startsWith("READY ")) {
                            String[] parts = line.split(" ");
                            return parts[parts.length - 1];
                        }
                    }
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Launcher exited with status " + process.exitValue()
                        + " before it was ready; log " + logFile + ":\n" + tail(logFile, 40));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Launcher not ready within " + timeout + "; log " + logFile
                        + ":\n" + tail(logFile, 40));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("Interrupted while waiting for the launcher", e);
            }
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
