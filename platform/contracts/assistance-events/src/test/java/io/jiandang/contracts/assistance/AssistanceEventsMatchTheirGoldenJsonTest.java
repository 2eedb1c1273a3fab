package io.jiandang.contracts.assistance;

import io.jiandang.contracts.golden.GoldenJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract of the assistance context: each event's JSON must stay what consumers were promised
 * (golden files under {@code src/test/resources/golden}), and each golden file must still read back into the
 * record. A change that breaks either is a breaking change of the contract: make it additive instead.
 *
 * <p>Run with {@code -Dgolden.write=true} once to write the files of a newly added event, then review them.
 */
class AssistanceEventsMatchTheirGoldenJsonTest {

    private static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    private static final String VILLAGE = "451227101201";
    private static final String CADRE = "cadre";
    private static final String OTHER_CADRE = "cadre-2";

    private static final ObjectMapper MAPPER = GoldenJson.MAPPER;

    static Stream<Arguments> events() {
        Map<IncomeSource, BigDecimal> amounts = new EnumMap<>(IncomeSource.class);
        amounts.put(IncomeSource.WAGES, new BigDecimal("800.00"));
        amounts.put(IncomeSource.PRODUCTION, new BigDecimal("450.50"));
        amounts.put(IncomeSource.TRANSFER, new BigDecimal("120.00"));
        Map<PovertyClass, BigDecimal> standards = new EnumMap<>(PovertyClass.class);
        standards.put(PovertyClass.GENERAL, new BigDecimal("3000"));
        standards.put(PovertyClass.MEDIUM, new BigDecimal("5000"));
        standards.put(PovertyClass.SPECIAL, new BigDecimal("8000"));
        standards.put(PovertyClass.EXTREME, new BigDecimal("12000"));
        return Stream.of(
                Arguments.of("AssistancePolicyPublished", new AssistancePolicyPublishedEvent("450000", 1,
                        LocalDate.parse("2016-01-01"), 5,
                        new PovertyClassThresholds(new BigDecimal("30"), new BigDecimal("45"), new BigDecimal("60")),
                        standards)),
                Arguments.of("CadreRegistered", new CadreRegisteredEvent(CADRE, "451227", "韦建国",
                        "巴马瑶族自治县农业局", CadreKind.CIVIL_SERVANT)),
                Arguments.of("HouseholdPaired", new HouseholdPairedEvent(HOUSEHOLD, VILLAGE, CADRE,
                        "同村联系人", LocalDate.parse("2016-03-01"), 1)),
                Arguments.of("HouseholdRepaired", new HouseholdRepairedEvent(HOUSEHOLD, VILLAGE, CADRE, OTHER_CADRE,
                        "原帮扶干部调岗", LocalDate.parse("2016-07-01"), 1)),
                Arguments.of("PairingEnded", new PairingEndedEvent(HOUSEHOLD, VILLAGE, OTHER_CADRE,
                        "帮扶干部退休", LocalDate.parse("2016-11-30"))),
                Arguments.of("PovertyClassChanged", new PovertyClassChangedEvent(HOUSEHOLD, VILLAGE,
                        PovertyClass.MEDIUM, PovertyClass.SPECIAL, new BigDecimal("41.50"), 1,
                        new BigDecimal("8000"), LocalDate.parse("2016-04-15"))),
                Arguments.of("PovertyClassFirstSet", new PovertyClassChangedEvent(HOUSEHOLD, VILLAGE,
                        null, PovertyClass.MEDIUM, new BigDecimal("52.00"), 1,
                        new BigDecimal("5000"), LocalDate.parse("2016-02-01"))),
                Arguments.of("HandbookOpened", new HandbookOpenedEvent(HOUSEHOLD, VILLAGE, 2016)),
                Arguments.of("AssistanceMeasureChosen", new AssistanceMeasureChosenEvent(HOUSEHOLD, VILLAGE, 2016,
                        AssistanceMeasure.INDUSTRY, "养殖山羊20只", LocalDate.parse("2016-03-10"))),
                Arguments.of("AssistanceRecordedFunds", new AssistanceRecordedEvent(HOUSEHOLD, VILLAGE, 2016, "3",
                        AssistanceRecordKind.FUNDS, LocalDate.parse("2016-05-02"), "发放羊苗补助",
                        new BigDecimal("2000.00"))),
                Arguments.of("AssistanceRecordedVisit", new AssistanceRecordedEvent(HOUSEHOLD, VILLAGE, 2016, "4",
                        AssistanceRecordKind.VISIT, LocalDate.parse("2016-06-12"), "入户走访", null)),
                Arguments.of("IncomeEntryRecorded", new IncomeEntryRecordedEvent(HOUSEHOLD, VILLAGE,
                        "e-2016-05-2", YearMonth.of(2016, 5), amounts, new BigDecimal("150.00"),
                        new BigDecimal("1220.50"), 4, "e-2016-05-1")),
                Arguments.of("IncomeEntrySignedByCadre", new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE,
                        "e-2016-05-2", YearMonth.of(2016, 5), Signatory.CADRE, CADRE, null)),
                Arguments.of("IncomeEntrySignedByHousehold", new IncomeEntrySignedEvent(HOUSEHOLD, VILLAGE,
                        "e-2016-05-2", YearMonth.of(2016, 5), Signatory.HOUSEHOLD_HEAD, CADRE,
                        "scan:451227101201/2016-05/p12")),
                Arguments.of("IncomeEntryCounted", new IncomeEntryCountedEvent(HOUSEHOLD, VILLAGE,
                        "e-2016-05-2", YearMonth.of(2016, 5), amounts, new BigDecimal("150.00"),
                        new BigDecimal("1220.50"), 4, "e-2016-05-1", CADRE)),
                Arguments.of("YearlyNetIncomePerHeadChanged", new YearlyNetIncomePerHeadChangedEvent(HOUSEHOLD,
                        VILLAGE, 2016, new BigDecimal("13642.00"), 4, new BigDecimal("3410.50"), 12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventSerializesToItsGoldenJson(String name, AssistanceEvent event) throws IOException {
        GoldenJson.assertSerializesToGolden(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachGoldenJsonReadsBackIntoTheEvent(String name, AssistanceEvent event) throws IOException {
        GoldenJson.assertGoldenReadsBackInto(name, event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void noEventCarriesAPhoneOrAnIdNumber(String name, AssistanceEvent event) throws IOException {
        String json = MAPPER.writeValueAsString(event).toLowerCase();
        assertThat(json).doesNotContain("phone").doesNotContain("contact").doesNotContain("idnumber");
    }

}
