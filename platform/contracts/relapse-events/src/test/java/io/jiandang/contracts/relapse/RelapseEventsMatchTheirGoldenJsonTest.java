package io.jiandang.contracts.relapse;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiandang.contracts.golden.GoldenJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract of the relapse context: each event's JSON must stay what consumers were promised (golden
 * files under {@code src/test/resources/golden}), and each golden file must still read back into the record.
 * A change that breaks either is a breaking change of the contract: make it additive instead.
 *
 * <p>Run with {@code -Dgolden.write=true} once to write the files of a newly added event, then review them.
 */
class RelapseEventsMatchTheirGoldenJsonTest {

    private static final String CASE = "0c9a7e52-3b1d-4f6a-8e2c-5d4b3a2f1e0d";
    private static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    private static final String VILLAGE = "451227101201";
    private static final String EXIT = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static final ObjectMapper MAPPER = GoldenJson.MAPPER;

    static Stream<Arguments> events() {
        // in step order, as a consumer reads the JSON object back (a LinkedHashMap)
        Map<RelapseStep, Integer> deadlines = new LinkedHashMap<>();
        deadlines.put(RelapseStep.HOME_VERIFICATION, 15);
        deadlines.put(RelapseStep.VILLAGE_DELIBERATION, 15);
        deadlines.put(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, 20);
        deadlines.put(RelapseStep.COUNTY_APPROVAL, 15);
        return Stream.of(
                Arguments.of("RelapsePolicyPublished", new RelapsePolicyPublishedEvent("relapse-policy", "450000", 1, 7,
                        deadlines, Instant.parse("2026-11-01T02:00:00Z"))),
                Arguments.of("RelapseApplied", new RelapseAppliedEvent(CASE, HOUSEHOLD, VILLAGE,
                        List.of(RelapseCause.ILLNESS, RelapseCause.SCHOOLING), new BigDecimal("2650.00"),
                        List.of("doc:hospital-bill-2026-0412", "doc:school-fees-2026-09"), EXIT,
                        LocalDate.parse("2016-12-20"), 1, LocalDate.parse("2026-12-13"))),
                Arguments.of("RelapseStepPassed", new RelapseStepPassedEvent(CASE, HOUSEHOLD, VILLAGE,
                        RelapseStep.VILLAGE_DELIBERATION, "评议通过", List.of(),
                        new VillageMeeting(LocalDate.parse("2026-12-05"), 31, 27, 25, 2),
                        LocalDate.parse("2026-12-25"))),
                Arguments.of("RelapseNoticeOpened", new RelapseNoticeOpenedEvent(CASE, HOUSEHOLD, VILLAGE, "审核通过",
                        Instant.parse("2026-12-08T01:00:00Z"), Instant.parse("2026-12-15T01:00:00Z"), 7, 1)),
                Arguments.of("RelapseObjectionLodged", new RelapseObjectionLodgedEvent(CASE, HOUSEHOLD, VILLAGE,
                        "3f2e1d0c-b9a8-4765-8432-10fedcba9876", "家中新建砖房")),
                Arguments.of("RelapseObjectionAnswered", new RelapseObjectionAnsweredEvent(CASE, HOUSEHOLD, VILLAGE,
                        "3f2e1d0c-b9a8-4765-8432-10fedcba9876", false, "砖房为灾后重建补助所建")),
                Arguments.of("RelapseRejected", new RelapseRejectedEvent(CASE, HOUSEHOLD, VILLAGE,
                        RelapseStep.HOME_VERIFICATION, "收入高于国家扶贫标准")),
                Arguments.of("RelapseWithdrawn", new RelapseWithdrawnEvent(CASE, HOUSEHOLD, VILLAGE, "申请人撤回")),
                Arguments.of("RelapseApproved", new RelapseApprovedEvent(CASE, HOUSEHOLD, VILLAGE,
                        LocalDate.parse("2026-12-20"), List.of(RelapseCause.ILLNESS, RelapseCause.SCHOOLING), EXIT, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventSerializesToItsGoldenJson(String name, RelapseEvent event) throws IOException {
        GoldenJson.assertSerializesToGolden(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachGoldenJsonReadsBackIntoTheEvent(String name, RelapseEvent event) throws IOException {
        GoldenJson.assertGoldenReadsBackInto(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void everyCaseEventCarriesTheHouseholdAndItsVillage(String name, RelapseEvent event) throws IOException {
        JsonNode json = GoldenJson.golden(name);
        assertThat(json.path("divisionCode").isTextual()).as("divisionCode of %s", name).isTrue();
        if (event instanceof RelapseCaseEvent) {
            // the publisher keys a record by the body's householdId: without it, per-household order is lost
            assertThat(json.path("householdId").asText()).isEqualTo(HOUSEHOLD);
            assertThat(json.path("divisionCode").asText()).hasSize(12);
        }
    }

}
