package io.jiandang.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.security.Actor;
import io.jiandang.testing.security.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls a service over HTTP as an actor with a signed token, as a browser or a client program would. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    static HttpResponse<String> post(ServiceProcess service, String path, Actor actor, String body) {
        return send(HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + TestTokens.token(actor))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> get(ServiceProcess service, String path, Actor actor) {
        return send(HttpRequest.newBuilder(service.uri(path))
                .header("Authorization", "Bearer " + TestTokens.token(actor)).GET());
    }

    /** POSTs and expects a 2xx answer; returns its JSON (or an empty object for an empty body). */
    static JsonNode ok(ServiceProcess service, String path, Actor actor, String body) {
        HttpResponse<String> response = post(service, path, actor, body);
        assertThat(response.statusCode()).as("POST %s %s answered %s", service.name(), path, response.body())
                .isBetween(200, 299);
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
