package io.jiandang.contracts.exit;

import io.jiandang.contracts.golden.GoldenJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract of the exit context: each event's JSON must stay what consumers were promised (golden
 * files under {@code src/test/resources/golden}), and each golden file must still read back into the record.
 * A change that breaks either is a breaking change of the contract: make it additive instead.
 *
 * <p>Run with {@code -Dgolden.write=true} once to write the files of a newly added event, then review them.
 */
class ExitEventsMatchTheirGoldenJsonTest {

    private static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    private static final String VILLAGE = "451227101201";
    private static final String EXIT = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static final ObjectMapper MAPPER = GoldenJson.MAPPER;

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("HouseholdExited", new HouseholdExitedEvent(HOUSEHOLD, VILLAGE,
                        "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 2016, LocalDate.parse("2016-12-20"),
                        new BigDecimal("3410.50"), new BigDecimal("3146"), 1,
                        LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19"))),
                Arguments.of("ExitPolicyPublished", new ExitPolicyPublishedEvent("450000", 1, LocalDate.parse("2016-01-01"),
                        Map.of(2016, new BigDecimal("3146")), 12,
                        List.of(new ExitCriterion("SAFE_HOUSING", "有稳固住房")),
                        List.of(new ExitCriterion("ROAD", "有通村硬化路")),
                        List.of(new ExitCriterion("COUNTY_INCOME", "农民人均纯收入达标")),
                        new BigDecimal("3"), 7, 2, 1,
                        List.of(new ExitCriterion("PUBLIC_FUNDS_EMPLOYEE", "财政供养人员")),
                        List.of(new PlanFactor(PlanIndicator.POVERTY_SCALE, new BigDecimal("100"),
                                PlanFactor.Direction.LARGER_SHARE_WHEN_HIGHER)))),
                Arguments.of("ExitPlanAllocated", new ExitPlanAllocatedEvent("plan-450000-2016", "450000", 2016, 1000, 1,
                        List.of(new CountyAllocation("451227", Map.of(PlanIndicator.POVERTY_SCALE, new BigDecimal("300")),
                                new BigDecimal("0.3333333333"), 334)))),
                Arguments.of("HouseholdExitAssessed", new HouseholdExitAssessedEvent(HOUSEHOLD, VILLAGE, EXIT, 2016,
                        new BigDecimal("3410.50"), new BigDecimal("3146"), 12, 1,
                        List.of(new CriterionFinding("SAFE_HOUSING", true, "brick house")), List.of("team-1"))),
                Arguments.of("ExitConfirmationSigned", new ExitConfirmationSignedEvent(HOUSEHOLD, VILLAGE, EXIT,
                        ExitSignatory.HOUSEHOLD_HEAD, "township-officer", "scan-2016-0042")),
                Arguments.of("ExitNoticeOpened", new ExitNoticeOpenedEvent(HOUSEHOLD, VILLAGE, EXIT,
                        Instant.parse("2016-12-01T02:00:00Z"), Instant.parse("2016-12-08T02:00:00Z"), 7)),
                Arguments.of("ExitObjectionLodged", new ExitObjectionLodgedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1",
                        "still no water")),
                Arguments.of("ExitObjectionResolved", new ExitObjectionResolvedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1",
                        false, "water connected in November")),
                Arguments.of("HouseholdExitRejected", new HouseholdExitRejectedEvent(HOUSEHOLD, VILLAGE, EXIT,
                        "veto found at cancellation", "REGISTERED_COMPANY", "aic-2016-77")),
                Arguments.of("VillageExited", new VillageExitedEvent(VILLAGE, "village-451227101201-2016", 2016,
                        List.of(new CriterionFinding("ROAD", true, null)), 1200, 30, new BigDecimal("2.50"),
                        new BigDecimal("3"), 1)),
                Arguments.of("CountyExited", new CountyExitedEvent("451227", "county-451227-2016", 2016,
                        List.of(new CriterionFinding("COUNTY_INCOME", true, null)), 250000, 6000,
                        new BigDecimal("2.40"), new BigDecimal("3"), 1,
                        new ThirdPartyEvaluation("广西社会科学院", LocalDate.parse("2016-11-20"), new BigDecimal("92.5"),
                                true, "eval-451227-2016"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventSerializesToItsGoldenJson(String name, ExitEvent event) throws IOException {
        GoldenJson.assertSerializesToGolden(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachGoldenJsonReadsBackIntoTheEvent(String name, ExitEvent event) throws IOException {
        GoldenJson.assertGoldenReadsBackInto(name, event);
    }

}
