package io.jiandang.contracts.registration;

import io.jiandang.contracts.golden.GoldenJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract of the registration context: each event's JSON must stay what consumers were promised
 * (golden files under {@code src/test/resources/golden}), and each golden file must still read back into the
 * record. A change that breaks either is a breaking change of the contract: make it additive instead.
 *
 * <p>Run with {@code -Dgolden.write=true} once to write the files of a newly added event, then review them.
 */
class RegistrationEventsMatchTheirGoldenJsonTest {

    private static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    private static final String VILLAGE = "451227101201";
    private static final String COUNTY = "451227";

    private static final ObjectMapper MAPPER = GoldenJson.MAPPER;

    static Stream<Arguments> events() {
        ProtectedMember head = new ProtectedMember("1", "AQID.bmFtZS1jaXBoZXI", "AQID.aWQtY2lwaGVy",
                "9f2c4b1e0d7a3c5f8e6b2a4d1c0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a29", RelationToHead.HEAD, 1949, Sex.FEMALE);
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        answers.put("housing.structure", new BigDecimal("0.25"));
        answers.put("labour.ablePersons", new BigDecimal("0.5"));
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        thresholds.put("EXTREME", new BigDecimal("20"));
        thresholds.put("SPECIAL", new BigDecimal("35"));
        List<Object[]> samples = new ArrayList<>();
        samples.add(new Object[]{"RegistrationPolicyPublished", new RegistrationPolicyPublishedEvent(
                "registration-policy", "450000", 2,
                List.of(new Indicator("housing", "housing.structure", new BigDecimal("12.5")),
                        new Indicator("labour", "labour.ablePersons", new BigDecimal("10"))),
                List.of(new VetoRule("PUBLIC_PAYROLL", "A member is paid from public funds (财政供养人员)",
                        VetoScope.REGISTRATION_AND_KEEPING)),
                7, thresholds, Instant.parse("2015-09-01T08:00:00Z"))});
        samples.add(new Object[]{"HouseholdSurveyed", new HouseholdSurveyedEvent(HOUSEHOLD, VILLAGE, List.of(head),
                new BigDecimal("8.13"), 2, answers, EnumSet.of(PovertyCause.ILLNESS, PovertyCause.LACK_OF_LABOUR),
                EnumSet.of(PovertyArea.ROCKY_MOUNTAIN))});
        samples.add(new Object[]{"HouseholdNominatedAsCandidate", new HouseholdNominatedAsCandidateEvent(HOUSEHOLD,
                VILLAGE, "451227-2015", new BigDecimal("31.5"))});
        samples.add(new Object[]{"RegistrationStepPassed", new RegistrationStepPassedEvent(HOUSEHOLD, VILLAGE,
                RegistrationStep.FIRST_HOME_VISIT, "visited with the village secretary")});
        samples.add(new Object[]{"RegistrationRejected", new RegistrationRejectedEvent(HOUSEHOLD, VILLAGE,
                RegistrationStep.VILLAGE_GROUP_DELIBERATION, "income from migrant work above the line")});
        samples.add(new Object[]{"NoticeOpened", new NoticeOpenedEvent(HOUSEHOLD, VILLAGE,
                RegistrationStep.VILLAGE_PUBLIC_NOTICE, Instant.parse("2015-10-01T00:00:00Z"),
                Instant.parse("2015-10-08T00:00:00Z"), 7, 2)});
        samples.add(new Object[]{"ObjectionLodged", new ObjectionLodgedEvent(HOUSEHOLD, VILLAGE,
                "0e1d2c3b-4a59-4867-8574-6a5b4c3d2e1f", RegistrationStep.VILLAGE_PUBLIC_NOTICE,
                "the son owns a truck")});
        samples.add(new Object[]{"ObjectionResolved", new ObjectionResolvedEvent(HOUSEHOLD, VILLAGE,
                "0e1d2c3b-4a59-4867-8574-6a5b4c3d2e1f", RegistrationStep.VILLAGE_PUBLIC_NOTICE, false,
                "the truck was sold in 2014")});
        samples.add(new Object[]{"HouseholdRegistered", new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE,
                new BigDecimal("8.13"), 2, 4)});
        samples.add(new Object[]{"HouseholdVetoed", new HouseholdVetoedEvent(HOUSEHOLD, VILLAGE, "REGISTERED_COMPANY",
                "A member has registered a company (注册公司)", "commerce register hit 2015-11-02", 2)});
        samples.add(new Object[]{"HouseholdRemoved", new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE,
                "A member is paid from public funds (财政供养人员)", "PUBLIC_PAYROLL", "staffing office list 2016", 2)});
        samples.add(new Object[]{"HouseholdRemovedByDecision", new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE,
                "moved to the city", null, null, null)});
        samples.add(new Object[]{"HouseholdUpdatedMemberJoined", new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE,
                "2016-Q3", new HouseholdChange.MemberJoined(new ProtectedMember("5", null, "AQID.aWQy",
                "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9", RelationToHead.CHILD, 2016,
                Sex.MALE)))});
        samples.add(new Object[]{"HouseholdUpdatedMemberLeft", new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE,
                "2016-H2", new HouseholdChange.MemberLeft("2", "married into another village"))});
        samples.add(new Object[]{"HouseholdUpdatedIncome", new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-A",
                new HouseholdChange.IncomeChanged(new BigDecimal("2855.00")))});
        samples.add(new Object[]{"HouseholdUpdatedHousing", new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q3",
                new HouseholdChange.HousingChanged(HousingCondition.DILAPIDATED_GRADE_D))});
        samples.add(new Object[]{"HouseholdUpdatedCauses", new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q3",
                new HouseholdChange.CausesChanged(EnumSet.of(PovertyCause.ILLNESS, PovertyCause.DISASTER)))});
        samples.add(new Object[]{"IdentificationRoundOpened", new IdentificationRoundOpenedEvent("451227-2015", COUNTY,
                2015, 52000)});
        samples.add(new Object[]{"CutOffLineSet", new CutOffLineSetEvent("451227-2015", COUNTY, 52000,
                new BigDecimal("31.5"), List.of(HOUSEHOLD, "7c2e9b1a-0f3d-4e5c-8b6a-1d2c3e4f5a6b"), 7, 412, 2)});
        return samples.stream().map(sample -> Arguments.of(sample[0], sample[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventSerializesToItsGoldenJson(String name, RegistrationEvent event) throws IOException {
        GoldenJson.assertSerializesToGolden(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachGoldenJsonReadsBackIntoTheEvent(String name, RegistrationEvent event) throws IOException {
        GoldenJson.assertGoldenReadsBackInto(name, event);
    }

    @Test
    void everyHouseholdEventCarriesTheHouseholdIdAndTheVillageCodeAsDivision() {
        events().map(arguments -> arguments.get()[1])
                .filter(HouseholdEvent.class::isInstance)
                .map(HouseholdEvent.class::cast)
                .forEach(event -> {
                    assertThat(event.householdId()).isEqualTo(HOUSEHOLD);
                    assertThat(event.divisionCode()).isEqualTo(VILLAGE);
                    assertThat(MAPPER.valueToTree(event).has("villageCode")).isFalse();
                });
    }

    @Test
    void noEventCarriesAnIdNumberOrANameInClear() {
        Set<String> fieldsOfMember = new java.util.TreeSet<>();
        MAPPER.valueToTree(events().map(a -> a.get()[1]).filter(HouseholdSurveyedEvent.class::isInstance)
                .findFirst().orElseThrow()).get("members").get(0).fieldNames().forEachRemaining(fieldsOfMember::add);
        assertThat(fieldsOfMember).containsExactlyInAnyOrder("memberId", "nameCipher", "idNumberCipher",
                "idFingerprint", "relationToHead", "birthYear", "sex");
    }

}
