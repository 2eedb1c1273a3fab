package io.jiandang.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

/**
 * What the three launchers share: the logging set-up, the READY line, the shutdown hook, waiting.
 */
final class Launchers {

    /** Logging configuration shipped with this module; it writes to stderr so that stdout carries only READY. */
    static final String LOGBACK_CONFIGURATION = "jiandang-infrastructure-logback.xml";

    private Launchers() {
    }

    /** Must run before the first logger is created. */
    static void configureLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIGURATION);
        }
    }

    /**
     * Prints {@code READY <what> 127.0.0.1:<port>}. This line is the launchers' protocol with the scripts and
     * the test support that wait for it, not a log line, so it goes to stdout on its own.
     */
    static void announceReady(String what, String host, int port) {
        PrintStream out = System.out;
        out.println("READY " + what + " " + host + ":" + port);
        out.flush();
    }

    /**
     * Runs {@code stop} on SIGTERM/SIGINT (and on any other exit), then blocks the main thread until then.
     * With {@code exitOnStdinEof}, the launcher also exits when its standard input closes: a parent process
     * that dies (even by SIGKILL) closes the pipe, so a test JVM never leaves a broker behind.
     */
    static void runUntilStopped(String name, AutoCloseable stop, boolean exitOnStdinEof) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(Launchers.class).warn("{} did not stop cleanly", name, e);
            } finally {
                stopped.countDown();
            }
        }, name + "-shutdown"));
        if (exitOnStdinEof) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // the content is irrelevant: only the end of the stream matters
                    }
                } catch (IOException e) {
                    // a broken pipe means the parent is gone as well
                }
                org.slf4j.LoggerFactory.getLogger(Launchers.class).info("{}: standard input closed, stopping", name);
                System.exit(0);
            }, name + "-stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Logs why the launcher could not start and exits with status 1 (the server's own threads would keep it alive). */
    static void fail(String name, Throwable cause) {
        org.slf4j.LoggerFactory.getLogger(Launchers.class).error("{} could not start", name, cause);
        System.exit(1);
    }

    static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            return false;
        }
        // a server bound to the wildcard address on this port would also answer here
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(host, port), 200);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** {@code preferred} if free, else the next free port above it. */
    static int firstFreePort(String host, int preferred) {
        for (int port = preferred; port < preferred + 100 && port <= 65535; port++) {
            if (isFree(host, port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port in " + preferred + ".." + (preferred + 99));
    }

    static void awaitPortOpen(String host, int port, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(host + ":" + port + " did not open within " + timeoutMillis + " ms", e);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + host + ":" + port, e);
            }
        }
    }
}
