package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Another Jiandang service (relapse, exit, ...) as far as {@link DemoTime} sees it: only {@code /api/demo-clock},
 * adjustable or not (then 404, as a service started without {@code JIANDANG_CLOCK_ADJUSTABLE=true} answers).
 */
final class FakeClockService implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // see FakeRegistrationService
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    final boolean adjustable;
    int offsetDays;
    final List<Integer> advances = new ArrayList<>();

    FakeClockService(boolean adjustable) throws IOException {
        this.adjustable = adjustable;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String path = exchange.getRequestURI().getPath();
            if (authorization == null || !authorization.startsWith("Bearer eyJ")) {
                send(exchange, 401, Map.of("status", 401));
            } else if (!adjustable) {
                send(exchange, 404, Map.of("status", 404, "detail", "No static resource " + path));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/api/demo-clock/advance")) {
                JsonNode body = mapper.readTree(exchange.getRequestBody());
                advances.add(body.get("days").asInt());
                offsetDays += body.get("days").asInt();
                send(exchange, 200, FakeRegistrationService.clockAnswer(offsetDays));
            } else if (exchange.getRequestMethod().equals("GET") && path.equals("/api/demo-clock")) {
                send(exchange, 200, FakeRegistrationService.clockAnswer(offsetDays));
            } else {
                send(exchange, 404, Map.of("status", 404));
            }
        } finally {
            exchange.close();
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
