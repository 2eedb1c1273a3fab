package io.jiandang.systemtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.demo.JsonHttp;
import io.jiandang.demo.Tokens;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.security.TestTokens;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's officers as the test JVM's token issuer signs them, instead of the identity provider's clients:
 * the same ids and claims as the identity provider's demo directory ({@code officer-<level>-<code>},
 * {@code cadre-<villageCode>-<n>}, {@code policy-admin}, {@code cadre}). Tokens are cached for most of their validity.
 */
final class TestIssuerTokens extends Tokens {

    private static final Pattern OFFICER = Pattern.compile("officer-(region|city|county|township|village)-(\\d{6}|\\d{12})");
    private static final Pattern CADRE = Pattern.compile("cadre-(\\d{12})-([1-9]\\d?)");

    private record Cached(String header, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    TestIssuerTokens() {
        super(JsonHttp.standard(new ObjectMapper()), URI.create("http://127.0.0.1:9"), "unused", Clock.systemUTC());
    }

    @Override
    public String authorizationFor(String clientId) {
        Cached cached = cache.get(clientId);
        if (cached == null || Instant.now().isAfter(cached.until())) {
            cached = new Cached(TestTokens.bearer(actorOf(clientId)),
                    Instant.now().plus(TestTokens.VALIDITY).minusSeconds(600));
            cache.put(clientId, cached);
        }
        return cached.header();
    }

    static Actor actorOf(String clientId) {
        Matcher officer = OFFICER.matcher(clientId);
        if (officer.matches()) {
            return new Actor(clientId, Role.INFORMATION_OFFICER,
                    DivisionLevel.valueOf(officer.group(1).toUpperCase(Locale.ROOT)), officer.group(2));
        }
        Matcher cadre = CADRE.matcher(clientId);
        if (cadre.matches()) {
            return new Actor(clientId, Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, cadre.group(1));
        }
        return switch (clientId) {
            case "policy-admin" -> new Actor(clientId, Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
            case "cadre" -> new Actor(clientId, Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, "451227100001");
            default -> throw new IllegalArgumentException("no simulated client " + clientId);
        };
    }
}
