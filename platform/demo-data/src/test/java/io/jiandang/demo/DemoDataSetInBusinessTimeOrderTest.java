package io.jiandang.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.divisions.DivisionCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.jiandang.demo.FakeDemoServices.Kind.ASSISTANCE;
import static io.jiandang.demo.FakeDemoServices.Kind.EXIT;
import static io.jiandang.demo.FakeDemoServices.Kind.RELAPSE;
import static io.jiandang.demo.FakeDemoServices.Kind.REPORTING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo data set against stand-ins of the six services and the issuer: the order of the parts, business
 * time moved only forward and on every service together, each month's income recorded once the month is over,
 * exits cancelled after their notice, relapse cases at every step, and services that do not run skipped.
 */
class DemoDataSetInBusinessTimeOrderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);
    private final ObjectMapper mapper = new ObjectMapper();
    private FakeRegistrationService registration;
    private FakeDemoServices services;

    @BeforeEach
    void start() throws Exception {
        registration = new FakeRegistrationService();
        services = new FakeDemoServices(registration);
    }

    @AfterEach
    void stop() {
        services.close();
        registration.close();
    }

    private DemoDataSet dataSet(DemoDataSet.Services at) {
        JsonHttp http = new JsonHttp(HttpClient.newHttpClient(), mapper, Duration.ofSeconds(5), d -> { }, CLOCK);
        JsonHttp clocks = new JsonHttp(HttpClient.newHttpClient(), mapper, Duration.ZERO, d -> { }, CLOCK);
        Tokens tokens = new Tokens(http, registration.uri(), "demo", CLOCK);
        return new DemoDataSet(DivisionCatalogue.guangxi(), new RegistrationApi(http, tokens, at.registration()),
                new AssistanceApi(http, tokens, at.assistance()),
                new ExitDemo(http, tokens, at.exit(), ExitDemo.Clients.standard()),
                new RelapseApi(http, tokens, at.relapse()), new DemoUpdateCycles(http, tokens, at.reporting()), at,
                new DemoTime(clocks, tokens, at.all()), CLOCK, pause -> { });
    }

    private static LoaderOptions options() {
        return LoaderOptions.parse(new String[] {"--households", "120", "--seed", "2017"}, 2026);
    }

    @Test
    void everyPartIsLoadedInBusinessTimeOrderThroughTheServicesApis() {
        DemoDataSet.Report report = dataSet(services.services()).load(options());

        assertThat(registration.problems).isEmpty();
        assertThat(services.problems).isEmpty();
        assertThat(report.skipped()).isEmpty();
        assertThat(report.county().registered()).isPositive();
        assertThat(report.secondCounty().surveyed()).isEqualTo(DemoDataSet.SECOND_COUNTY_HOUSEHOLDS);
        assertThat(report.secondCounty().registered()).isPositive();

        // one business time: every clock moved together, forward only, and recorded as the last one reached
        int offset = registration.clockOffsetDays;
        assertThat(services.offsets.values()).containsOnly(offset);
        LocalDate end = services.businessDate(EXIT);
        assertThat(report.businessDate()).isEqualTo(end.toString());

        // assistance: the exit year is the year after registration; its twelve months, each recorded once over
        int year = report.assistance().year();
        assertThat(year).isEqualTo(2027);
        assertThat(report.assistance().signingHouseholds()).hasSize(AssistanceDemo.HOUSEHOLDS_PER_CADRE);
        assertThat(report.assistance().signatures()).isEqualTo(AssistanceDemo.HOUSEHOLDS_PER_CADRE * 12 * 2);
        report.assistance().signingHouseholds().forEach(id -> {
            assertThat(services.cadreOf.get(id)).isEqualTo(AssistanceDemo.SIGNING_CADRE);
            assertThat(services.signedMonths.get(id)).hasSize(12).allMatch(m -> m.getYear() == year);
        });
        List<FakeDemoServices.Call> entries = services.calls(ASSISTANCE).stream()
                .filter(c -> c.path().endsWith("/income/entries")).toList();
        assertThat(entries).hasSize(60).allSatisfy(c -> assertThat(YearMonth.parse(c.body().get("month").asText()))
                .isBefore(YearMonth.from(c.businessDate())));
        // amounts per head of the household (40 yuan of transfers each), not one sum for a household of any size
        assertThat(entries).allSatisfy(c -> {
            int people = registration.households.get(c.path().split("/")[3]).people;
            assertThat(c.body().get("amounts").get("TRANSFER").asInt()).isEqualTo(40 * people);
            assertThat(c.body().get("amounts").get("WAGES").asInt() % people).isZero();
        });
        assertThat(report.county().peopleByHousehold()).hasSize(report.county().registered());
        // month by month: the entries of a month are recorded early in the next, not all at the end
        assertThat(entries.stream().map(FakeDemoServices.Call::businessDate).distinct()).hasSize(12);
        assertThat(services.calls(ASSISTANCE)).filteredOn(c -> c.path().endsWith("/pairings"))
                .allSatisfy(c -> assertThat(c.body().get("pairedOn").asText()).isEqualTo(year + "-01-02")
                        .isEqualTo(c.businessDate().toString()));

        // exit: every household of the signing cadre exited after its notice, on the business date of cancellation
        assertThat(report.exit().year()).isEqualTo(year);
        assertThat(report.exit().exitedHouseholds()).containsExactlyInAnyOrderElementsOf(report.assistance().signingHouseholds());
        assertThat(services.exitedOn.values()).containsOnly(LocalDate.parse(report.exit().exitedOn()));
        assertThat(LocalDate.parse(report.exit().exitedOn())).isAfter(LocalDate.of(year, 12, 31));
        assertThat(services.calls(EXIT)).filteredOn(c -> c.path().equals("/api/exit-policies")).singleElement()
                .satisfies(c -> assertThat(c.body().get("incomeLines").get(String.valueOf(year)).asInt())
                        .isEqualTo(DemoDataSet.EXIT_YEAR_INCOME_LINE));
        // a village whose registered households all exited, and the second county, below the threshold
        assertThat(services.villageExits).containsExactly(report.exit().villageCode());
        assertThat(report.county().registeredByVillage().get(report.exit().villageCode()))
                .allMatch(services.exitedOn::containsKey);
        assertThat(services.countyExits).containsExactly(DemoDataSet.SECOND_COUNTY);
        assertThat(report.exit().demoCountyIncidence().path("belowThreshold").asBoolean()).isFalse();

        // relapse: every step of the procedure shown, one case approved after its notice passed
        assertThat(report.relapse().cases()).extracting(RelapseDemo.DemoCase::target)
                .containsExactlyInAnyOrder(RelapseDemo.Target.values());
        assertThat(report.relapse().approved()).hasSize(1);
        Map<String, Long> statuses = services.caseStatus.values().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(statuses).containsEntry("APPROVED", 1L).containsEntry("REJECTED", 1L).containsEntry("WITHDRAWN", 1L)
                .containsEntry("OPEN", 4L);
        assertThat(services.calls(RELAPSE)).filteredOn(c -> c.path().endsWith("/relapse-cases"))
                .allSatisfy(c -> assertThat(c.businessDate()).isAfterOrEqualTo(LocalDate.parse(report.exit().exitedOn())));

        // reporting: the quarter before the business date closed, the current one opened, after everything else
        String current = end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
        assertThat(services.calls(REPORTING)).extracting(c -> c.method() + " " + c.path()).containsExactly(
                "POST /api/update-cycles", "POST /api/update-cycles/2027-Q4/close", "POST /api/update-cycles");
        assertThat(services.calls(REPORTING).get(2).body().get("period").asText()).isEqualTo(current);
    }

    @Test
    void servicesThatDoNotRunAreSkippedWithTheirDependentPartsAndRegistrationStillLoads() throws Exception {
        URI none = nothingListening();
        DemoDataSet.Services onlyRegistration = new DemoDataSet.Services(registration.uri(), none, nothingListening(),
                nothingListening(), nothingListening(), nothingListening());

        DemoDataSet.Report report = dataSet(onlyRegistration).load(options());

        assertThat(registration.problems).isEmpty();
        assertThat(report.county().registered()).isPositive();
        assertThat(report.assistance()).isNull();
        assertThat(report.exit()).isNull();
        assertThat(report.relapse()).isNull();
        assertThat(report.reporting()).isNull();
        assertThat(report.skipped()).hasSize(2);
        assertThat(report.skipped().get(0)).startsWith("assistance, exit, relapse: assistance-service does not run");
        assertThat(report.skipped().get(1)).startsWith("reporting: reporting-service does not run");
    }

    @Test
    void aSecondRunFindsTheDemoCountyLoadedAndLoadsNothingMore() {
        dataSet(services.services()).load(options());
        int calls = services.calls.size();
        int offset = registration.clockOffsetDays;

        DemoDataSet.Report again = dataSet(services.services()).load(options());

        assertThat(again.county().surveyed()).isZero();
        assertThat(again.assistance()).isNull();
        assertThat(services.calls).hasSize(calls);
        assertThat(registration.clockOffsetDays).isEqualTo(offset);
    }

    private static URI nothingListening() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
