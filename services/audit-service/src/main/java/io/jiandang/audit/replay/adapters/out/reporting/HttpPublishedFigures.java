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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a published figure from the reporting service over HTTP. The URL is a template
 * ({@code jiandang.audit.reporting.figure-url}) and the number is found in the JSON answer at a JSON pointer
 * ({@code jiandang.audit.reporting.value-pointer}). Placeholders of both:
 * <ul>
 *   <li>{@code {division}}, {@code {knownAt}} (ISO instant), {@code {figure}} (the audit's URL name),
 *       {@code {asOf}}, {@code {from}}, {@code {to}} (ISO dates, empty when not given);</li>
 *   <li>{@code {period}}: the reporting period the figure is published for, since the reporting service publishes
 *       figures per period ({@code GET /api/statistics?division&period&knownAt}), as at the period's end: a stock
 *       figure's date must be the last day of a quarter ({@code 2026-Q2}); an exit figure's [from, to] must be a
 *       whole quarter, half year or year ({@code 2026-Q2}, {@code 2026-H1}, {@code 2026-A});</li>
 *   <li>{@code {field}}: the reporting service's name of the figure in its statistics answer ({@code poorPeople},
 *       {@code poorHouseholds}, {@code exitHouseholds}, {@code exitPeople}), for the pointer
 *       {@code /division/{field}}.</li>
 * </ul>
 * The caller's bearer token is passed on, so reporting applies its own access rules. A figure reporting withholds
 * (1 to 4 households, statistical disclosure control) cannot be compared and is said so.
 */
public class HttpPublishedFigures implements PublishedFigures {

    /** The figure's field in the reporting service's StatisticsView.division (FigureRow). */
    static final Map<Figure, String> REPORTING_FIELDS = Map.of(
            Figure.POOR_POPULATION, "poorPeople",
            Figure.POOR_HOUSEHOLDS, "poorHouseholds",
            Figure.EXITED_HOUSEHOLDS, "exitHouseholds",
            Figure.EXITED_PEOPLE, "exitPeople");

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
    public Published published(Figure figure, String divisionCode, LocalDate asOf, LocalDate from, LocalDate to, Instant knownAt) {
        String url = urlTemplate.replace("{figure}", encode(figure.urlName())).replace("{division}", encode(divisionCode))
                .replace("{asOf}", encode(asOf)).replace("{from}", encode(from)).replace("{to}", encode(to))
                .replace("{knownAt}", encode(knownAt));
        if (url.contains("{period}")) {
            url = url.replace("{period}", encode(period(figure, asOf, from, to)));
        }
        String pointer = valuePointer.replace("{field}", REPORTING_FIELDS.get(figure));
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
            JsonNode answer = json.readTree(response.body());
            JsonNode value = answer.at(pointer);
            if (!value.isNumber()) {
                if (value.isNull() && answer.path("division").path("suppressed").asBoolean(false)) {
                    throw unavailable("withholds " + figure.urlName() + " of " + divisionCode
                            + " (1 to 4 households: statistical disclosure control), so it cannot be compared");
                }
                throw unavailable("answered without a number at " + pointer);
            }
            return new Published(value.decimalValue(), url);
        } catch (IOException e) {
            throw unavailable("could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was interrupted");
        }
    }

    /**
     * The reporting period that publishes the figure: for a stock figure the quarter ending on its date, for an exit
     * figure the quarter, half year or year that [from, to] is exactly; refused (400, naming the parameter) otherwise.
     */
    static String period(Figure figure, LocalDate asOf, LocalDate from, LocalDate to) {
        if (!figure.isPeriodFigure()) {
            if (asOf == null || !asOf.equals(quarterStart(asOf).plusMonths(3).minusDays(1))) {
                throw new AuditException(AuditErrorCode.INVALID_PERIOD, "date", "The reporting service publishes "
                        + figure.urlName() + " as at the end of a quarter: the date must be 03-31, 06-30, 09-30 or 12-31");
            }
            return asOf.getYear() + "-Q" + ((asOf.getMonthValue() - 1) / 3 + 1);
        }
        if (from != null && to != null && from.getYear() == to.getYear()) {
            int year = from.getYear();
            if (from.equals(quarterStart(from)) && to.equals(from.plusMonths(3).minusDays(1))) {
                return year + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            }
            if ((from.getMonthValue() == 1 || from.getMonthValue() == 7) && from.getDayOfMonth() == 1
                    && to.equals(from.plusMonths(6).minusDays(1))) {
                return year + "-H" + (from.getMonthValue() == 1 ? 1 : 2);
            }
            if (from.equals(LocalDate.of(year, 1, 1)) && to.equals(LocalDate.of(year, 12, 31))) {
                return year + "-A";
            }
        }
        throw new AuditException(AuditErrorCode.INVALID_PERIOD, "from", "The reporting service publishes "
                + figure.urlName() + " per quarter, half year or year: [from, to] must be one of them exactly");
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static AuditException unavailable(String what) {
        return new AuditException(AuditErrorCode.REPORTING_UNAVAILABLE, null, "The reporting service " + what);
    }

    private static String encode(Object value) {
        return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
