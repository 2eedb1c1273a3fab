package io.jiandang.reporting.export;

import io.jiandang.reporting.cycle.application.UpdateCycleService;
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
 * Every dashboard table as CSV or XLSX: {@code /api/tables/{divisions|causes|statuses|classes|relapse-steps|completeness}.{csv|xlsx}}
 * (completeness with {@code cycle=2016-Q3}),
 * with the same parameters, access rules and suppression as {@code /api/statistics}.
 */
@RestController
public class TableController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final StatisticsService statistics;
    private final UpdateCycleService cycles;

    public TableController(StatisticsService statistics, UpdateCycleService cycles) {
        this.statistics = statistics;
        this.cycles = cycles;
    }

    @GetMapping("/api/tables/{table}.{format}")
    public ResponseEntity<byte[]> export(Actor actor, @PathVariable String table, @PathVariable String format,
                                         @RequestParam String division, @RequestParam(required = false) String period,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant knownAt,
                                         @RequestParam(required = false) String cycle) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new IllegalArgumentException("format must be csv or xlsx, was " + format);
        }
        if (table.equals("completeness")) {
            if (cycle == null) {
                throw new IllegalArgumentException("the completeness table needs the cycle parameter, e.g. cycle=2016-Q3");
            }
            Table t = completeness(cycle, cycles.completeness(actor, cycle, division));
            return file(t, "completeness-" + cycle + "-" + division, format);
        }
        StatisticsView view = statistics.statistics(actor, division, period, knownAt);
        Table t = table(table, view);
        return file(t, table + "-" + division + "-" + view.period(), format);
    }

    private static ResponseEntity<byte[]> file(Table t, String name, String format) {
        byte[] body = format.equals("csv") ? TableExports.csv(t) : TableExports.xlsx(t);
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + format + "\"")
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

    static Table completeness(String cycle, List<UpdateCycleService.CompletenessRow> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (UpdateCycleService.CompletenessRow r : rows) {
            cells.add(Arrays.asList(r.code(), r.name(), r.level(), r.registeredHouseholds(), r.reviewed(), r.notReviewed(),
                    r.overdue(), r.deadline() == null ? "" : r.deadline().toString()));
        }
        return new Table("completeness " + cycle, List.of("code", "name", "level", "registeredHouseholds", "reviewed",
                "notReviewed", "overdue", "deadline"), cells);
    }

    private static Table counts(String title, Map<String, Integer> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return new Table(title, List.of("name", "households"), rows);
    }
}
