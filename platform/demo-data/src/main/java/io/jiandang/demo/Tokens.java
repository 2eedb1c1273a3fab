package io.jiandang.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens from the issuer's token endpoint by the client-credentials grant, one per demo client
 * (policy-admin, officer-village-&lt;code&gt;, ...), cached until shortly before they expire. Tokens never
 * leave this class except as the value of an Authorization header.
 */
public class Tokens {

    private static final long EXPIRY_MARGIN_SECONDS = 30;

    private record Cached(String accessToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Cached[expiresAt=" + expiresAt + "]";
        }
    }

    private final JsonHttp http;
    private final URI tokenEndpoint;
    private final String clientSecret;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Tokens(JsonHttp http, URI issuer, String clientSecret, Clock clock) {
        this.http = http;
        String base = issuer.toString();
        this.tokenEndpoint = URI.create((base.endsWith("/") ? base : base + "/") + "oauth2/token");
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /** The value of the Authorization header for a request made as this client. */
    public String authorizationFor(String clientId) {
        Cached cached = cache.get(clientId);
        if (cached == null || clock.instant().isAfter(cached.expiresAt())) {
            cached = fetch(clientId);
            cache.put(clientId, cached);
        }
        return "Bearer " + cached.accessToken();
    }

    private Cached fetch(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        JsonNode body = http.postForm(tokenEndpoint, "grant_type=client_credentials",
                Map.of("Authorization", "Basic " + basic)).body();
        if (!body.hasNonNull("access_token")) {
            throw new IllegalStateException("The token endpoint " + tokenEndpoint + " gave client " + clientId
                    + " no access_token");
        }
        long expiresIn = body.path("expires_in").asLong(300);
        Instant expiresAt = clock.instant().plusSeconds(Math.max(0, expiresIn - EXPIRY_MARGIN_SECONDS));
        return new Cached(body.get("access_token").asText(), expiresAt);
    }

    public URI tokenEndpoint() {
        return tokenEndpoint;
    }
}
