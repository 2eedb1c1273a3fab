package io.jiandang.testing.http;

import io.jiandang.security.Actor;
import io.jiandang.testing.security.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.IntSupplier;

/**
 * Calls a service under test over real HTTP on 127.0.0.1 as an {@link Actor}, with a signed test token
 * ({@link TestTokens}). The port is read on each call, so a test can build it before Spring injects
 * {@code @LocalServerPort}: {@code new ServiceHttp(() -> port)}.
 */
public final class ServiceHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final IntSupplier port;

    public ServiceHttp(IntSupplier port) {
        this.port = port;
    }

    /** POSTs a JSON body as the actor. */
    public HttpResponse<String> post(String path, Actor actor, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TestTokens.token(actor))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs as the actor. */
    public HttpResponse<String> get(String path, Actor actor) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TestTokens.token(actor)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request the test built itself (no token, another body type). */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request, body);
    }

    /** The service's address of a path. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port.getAsInt() + path);
    }
}
