package io.jiandang.audit.replay.adapters.out.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.replay.application.PublishedFigures;
import io.jiandang.audit.replay.domain.Figure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Reads a published figure from the reporting service over HTTP: the URL is a template
 * ({@code jiandang.audit.reporting.figure-url}, placeholders {@code {figure} {division} {asOf} {from} {to}}) and
 * the number is found in the JSON answer at a JSON pointer ({@code jiandang.audit.reporting.value-pointer}).
 * The caller's bearer token is passed on, so reporting applies its own access rules.
 */
public class HttpPublishedFigures implements PublishedFigures {

    private final String urlTemplate;
    private final String valuePointer;
    private final ObjectMapper json;
    private final Supplier<String> bearerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpPublishedFigures(String urlTemplate, String valuePointer, ObjectMapper json, Supplier<String> bearerToken) {
        this.urlTemplate = urlTemplate;
        this.valuePointer = valuePointer;
        this.json = json;
        this.bearerToken = bearerToken;
    }

    @Override
    public Published published(Figure figure, String divisionCode, LocalDate asOf, LocalDate from, LocalDate to) {
        String url = urlTemplate.replace("{figure}", encode(figure.urlName())).replace("{division}", encode(divisionCode))
                .replace("{asOf}", encode(asOf)).replace("{from}", encode(from)).replace("{to}", encode(to));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").GET();
        String token = bearerToken.get();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw unavailable("answered " + response.statusCode() + " for " + figure.urlName() + " of " + divisionCode);
            }
            JsonNode value = json.readTree(response.body()).at(valuePointer);
            if (!value.isNumber()) {
                throw unavailable("answered without a number at " + valuePointer);
            }
            return new Published(value.decimalValue(), url);
        } catch (IOException e) {
            throw unavailable("could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted");
        }
    }

    private static AuditException unavailable(String what) {
        return new AuditException(AuditErrorCode.REPORTING_UNAVAILABLE, null, "The reporting service " + what);
    }

    private static String encode(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
