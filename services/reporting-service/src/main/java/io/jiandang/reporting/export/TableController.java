package io.jiandang.reporting.export;

import io.jiandang.reporting.register.application.FigureRow;
import io.jiandang.reporting.register.application.StatisticsService;
import io.jiandang.reporting.register.application.StatisticsView;
import io.jiandang.security.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every dashboard table as CSV or XLSX: {@code /api/tables/{divisions|causes|statuses|classes|relapse-steps}.{csv|xlsx}},
 * with the same parameters, access rules and suppression as {@code /api/statistics}.
 */
@RestController
public class TableController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final StatisticsService statistics;

    public TableController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/tables/{table}.{format}")
    public ResponseEntity<byte[]> export(Actor actor, @PathVariable String table, @PathVariable String format,
                                         @RequestParam String division, @RequestParam(required = false) String period,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new IllegalArgumentException("format must be csv or xlsx, was " + format);
        }
        StatisticsView view = statistics.statistics(actor, division, period, knownAt);
        Table t = table(table, view);
        byte[] body = format.equals("csv") ? TableExports.csv(t) : TableExports.xlsx(t);
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + "-" + division + "-" + view.period() + "." + format + "\"")
                .body(body);
    }

    static Table table(String name, StatisticsView view) {
        return switch (name) {
            case "divisions" -> {
                List<List<Object>> rows = new ArrayList<>();
                List<FigureRow> all = new ArrayList<>(view.children());
                all.add(view.division());
                for (FigureRow r : all) {
                    rows.add(Arrays.asList(r.code(), r.name(), r.level(), r.households(), r.poorHouseholds(), r.poorPeople(),
                            r.ruralPopulation(), r.incidence(), r.exitHouseholds(), r.exitPeople(), r.reductionSpeed()));
                }
                yield new Table("divisions " + view.period(), List.of("code", "name", "level", "households", "poorHouseholds",
                        "poorPeople", "ruralPopulation", "incidence", "exitHouseholds", "exitPeople", "reductionSpeed"), rows);
            }
            case "causes" -> counts("causes", view.causes());
            case "statuses" -> counts("statuses", view.householdsByStatus());
            case "classes" -> counts("classes", view.classes());
            case "relapse-steps" -> counts("relapse-steps", view.relapseCasesByStep());
            default -> throw new IllegalArgumentException("table must be divisions, causes, statuses, classes or relapse-steps, was " + name);
        };
    }

    private static Table counts(String title, Map<String, Integer> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return new Table(title, List.of("name", "households"), rows);
    }
}
