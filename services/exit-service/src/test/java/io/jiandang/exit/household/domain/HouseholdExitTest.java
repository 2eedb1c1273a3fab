package io.jiandang.exit.household.domain;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ExitConfirmationSignedEvent;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitNoticeOpenedEvent;
import io.jiandang.contracts.exit.ExitObjectionLodgedEvent;
import io.jiandang.contracts.exit.ExitObjectionResolvedEvent;
import io.jiandang.contracts.exit.ExitSignatory;
import io.jiandang.contracts.exit.HouseholdExitAssessedEvent;
import io.jiandang.contracts.exit.HouseholdExitRejectedEvent;
import io.jiandang.contracts.exit.HouseholdExitedEvent;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.facts.domain.HouseholdFacts;
import io.jiandang.exit.facts.domain.PovertyStatus;
import io.jiandang.exit.facts.domain.YearlyIncome;
import io.jiandang.exit.household.api.AssessHouseholdExitCommand;
import io.jiandang.exit.household.api.CancellationOutcome;
import io.jiandang.exit.household.api.LodgeExitObjectionCommand;
import io.jiandang.exit.household.api.OpenExitNoticeCommand;
import io.jiandang.exit.household.api.RecordHouseholdExitCommand;
import io.jiandang.exit.household.api.ResolveExitObjectionCommand;
import io.jiandang.exit.household.api.SignExitConfirmationCommand;
import io.jiandang.exit.household.api.VetoCheck;
import io.jiandang.testing.MovableClock;
import io.jiandang.exit.support.StubFacts;
import io.jiandang.exit.support.StubPolicies;
import io.jiandang.security.AccessRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.jiandang.exit.support.ExitTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A household's exit by 八有一超, 双认定, notice and 销号: every transition and every refusal. */
class HouseholdExitTest {

    static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    static final String EXIT = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final Instant START = Instant.parse("2016-12-01T02:00:00Z");
    static final BigDecimal LINE = new BigDecimal("3146");

    final MovableClock clock = new MovableClock(START);
    final StubPolicies policies = new StubPolicies().with(policy());
    StubFacts facts;
    FixtureConfiguration<HouseholdExit> fixture;

    @BeforeEach
    void fixture() {
        facts = new StubFacts().with(household(PovertyStatus.REGISTERED, new YearlyIncome(new BigDecimal("3410.50"), 12)));
        fixture = new AggregateTestFixture<>(HouseholdExit.class);
        fixture.registerInjectableResource(policies);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new io.jiandang.exit.facts.domain.RegisterFacts() {
            // delegates, so a test can replace the facts after the fixture was built
            public java.util.Optional<HouseholdFacts> household(String id) {
                return facts.household(id);
            }

            public io.jiandang.exit.facts.domain.DivisionFigures figures(String code) {
                return facts.figures(code);
            }
        });
    }

    static HouseholdFacts household(PovertyStatus status, YearlyIncome income2016) {
        return new HouseholdFacts(HOUSEHOLD, VILLAGE, status, 4, Set.of(CADRE.userId()),
                income2016 == null ? Map.of() : Map.of(2016, income2016), null);
    }

    static AssessHouseholdExitCommand assess(List<CriterionFinding> guarantees) {
        return new AssessHouseholdExitCommand(EXIT, HOUSEHOLD, 2016, guarantees, List.of(TEAM_MEMBER.userId()), TOWNSHIP_OFFICER);
    }

    static HouseholdExitAssessedEvent assessed() {
        return new HouseholdExitAssessedEvent(HOUSEHOLD, VILLAGE, EXIT, 2016, new BigDecimal("3410.50"), LINE, 12, 1,
                allMet(GUARANTEES), List.of(TEAM_MEMBER.userId()));
    }

    static ExitConfirmationSignedEvent signed(ExitSignatory signatory) {
        return switch (signatory) {
            case HOUSEHOLD_HEAD -> new ExitConfirmationSignedEvent(HOUSEHOLD, VILLAGE, EXIT, signatory, TOWNSHIP_OFFICER.userId(), "scan-1");
            case VERIFICATION_TEAM_MEMBER -> new ExitConfirmationSignedEvent(HOUSEHOLD, VILLAGE, EXIT, signatory, TEAM_MEMBER.userId(), null);
            case PAIRING_CADRE -> new ExitConfirmationSignedEvent(HOUSEHOLD, VILLAGE, EXIT, signatory, CADRE.userId(), null);
        };
    }

    static ExitNoticeOpenedEvent noticeOpened() {
        return new ExitNoticeOpenedEvent(HOUSEHOLD, VILLAGE, EXIT, START, START.plus(Duration.ofDays(7)), 7);
    }

    static Object[] onNotice() {
        return new Object[]{assessed(), signed(ExitSignatory.HOUSEHOLD_HEAD), signed(ExitSignatory.VERIFICATION_TEAM_MEMBER),
                signed(ExitSignatory.PAIRING_CADRE), noticeOpened()};
    }

    static List<VetoCheck> noVetoFound() {
        return VETOES.stream().map(v -> new VetoCheck(v.code(), false, null)).toList();
    }

    // ---- assessment (严标准)

    @Test
    void aRegisteredHouseholdAboveTheLineWithEveryGuaranteeMetIsAssessed() {
        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(assessed());
    }

    @Test
    void incomeAtTheLineFailsTheIncomeTestOnItsOwn() {
        facts.with(household(PovertyStatus.REGISTERED, new YearlyIncome(LINE, 12)));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, HouseholdExit.INCOME_ABOVE_LINE))
                .expectNoEvents();
    }

    @Test
    void anIncomeRegisterWithMissingMonthsFailsOnItsOwn() {
        facts.with(household(PovertyStatus.REGISTERED, new YearlyIncome(new BigDecimal("4000"), 11)));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, HouseholdExit.INCOME_REGISTER_COMPLETE))
                .expectNoEvents();
    }

    @Test
    void noCountedIncomeForTheYearFailsTheIncomeTest() {
        facts.with(household(PovertyStatus.REGISTERED, null));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, HouseholdExit.INCOME_ABOVE_LINE))
                .expectNoEvents();
    }

    static Stream<String> guaranteeCodes() {
        return GUARANTEES.stream().map(ExitCriterion::code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guaranteeCodes")
    void eachGuaranteeNotMetFailsTheAssessmentOnItsOwn(String code) {
        fixture.givenNoPriorActivity()
                .when(assess(allMetBut(GUARANTEES, code)))
                .expectException(refusedWith(ExitErrorCode.EXIT_CRITERIA_NOT_MET, code))
                .expectNoEvents();
    }

    @Test
    void theFailedCriterionSaysWhatWasExpectedAndWhatWasFound() {
        facts.with(household(PovertyStatus.REGISTERED, new YearlyIncome(new BigDecimal("3000.00"), 12)));
        try {
            new HouseholdExit(assess(allMet(GUARANTEES)), policies, facts);
        } catch (ExitException e) {
            assertThat(e.failedCriteria()).containsExactly(new FailedCriterion("INCOME_ABOVE_LINE",
                    "above 3146 yuan per head in 2016", "3000.00 yuan per head"));
            return;
        } catch (IllegalStateException axonOutsideUnitOfWork) {
            throw new AssertionError("the refusal must come before any event is applied", axonOutsideUnitOfWork);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aGuaranteeWithoutFindingIsInvalidInputNotAFailure() {
        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES).subList(1, GUARANTEES.size())))
                .expectException(refusedWith(ExitErrorCode.FINDINGS_INCOMPLETE, GUARANTEES.get(0).code()))
                .expectNoEvents();
    }

    @Test
    void aHouseholdThatIsNotPoorCannotBeAssessed() {
        facts.with(household(PovertyStatus.EXITED, new YearlyIncome(new BigDecimal("5000"), 12)));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectException(refusedWith(ExitErrorCode.HOUSEHOLD_NOT_POOR))
                .expectNoEvents();
    }

    @Test
    void aHouseholdWithAnExitUnderWayIsNotAssessedAgain() {
        facts.with(new HouseholdFacts(HOUSEHOLD, VILLAGE, PovertyStatus.REGISTERED, 4, Set.of(CADRE.userId()),
                Map.of(2016, new YearlyIncome(new BigDecimal("3410.50"), 12)), "an-earlier-exit"));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectException(refusedWith(ExitErrorCode.EXIT_IN_PROGRESS))
                .expectNoEvents();
    }

    @Test
    void aHouseholdPoorAgainAfterRelapseCanBeAssessedAgain() {
        facts.with(household(PovertyStatus.POOR_AGAIN, new YearlyIncome(new BigDecimal("3410.50"), 12)));

        fixture.givenNoPriorActivity()
                .when(assess(allMet(GUARANTEES)))
                .expectEvents(assessed());
    }

    @Test
    void aVillageOfficerMayNotRecordTheAssessment() {
        fixture.givenNoPriorActivity()
                .when(new AssessHouseholdExitCommand(EXIT, HOUSEHOLD, 2016, allMet(GUARANTEES), List.of("t"), VILLAGE_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void aYearWithoutIncomeLineIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AssessHouseholdExitCommand(EXIT, HOUSEHOLD, 2030, allMet(GUARANTEES), List.of("t"), TOWNSHIP_OFFICER))
                .expectException(refusedWith(ExitErrorCode.NO_INCOME_LINE_FOR_YEAR))
                .expectNoEvents();
    }

    // ---- double confirmation (双认定)

    @ParameterizedTest
    @EnumSource(ExitSignatory.class)
    void theNoticeCannotOpenWithAnySignatureMissing(ExitSignatory missing) {
        Object[] given = Stream.concat(Stream.of(assessed()), Arrays.stream(ExitSignatory.values())
                .filter(s -> s != missing).map(HouseholdExitTest::signed)).toArray();

        fixture.given(given)
                .when(new OpenExitNoticeCommand(EXIT, TOWNSHIP_OFFICER))
                .expectException(refusedWith(ExitErrorCode.SIGNATURE_MISSING, missing.name()))
                .expectNoEvents();
    }

    @Test
    void theHouseholdHeadsSignatureIsRecordedWithTheScan() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.HOUSEHOLD_HEAD, "scan-1", TOWNSHIP_OFFICER))
                .expectEvents(signed(ExitSignatory.HOUSEHOLD_HEAD));
    }

    @Test
    void theHouseholdHeadsSignatureWithoutEvidenceIsRefused() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.HOUSEHOLD_HEAD, " ", TOWNSHIP_OFFICER))
                .expectException(refusedWith(ExitErrorCode.EVIDENCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void theVerificationTeamMemberSignsWithTheirOwnToken() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.VERIFICATION_TEAM_MEMBER, null, TEAM_MEMBER))
                .expectEvents(signed(ExitSignatory.VERIFICATION_TEAM_MEMBER));
    }

    @Test
    void someoneOutsideTheVerificationTeamCannotSignAsItsMember() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.VERIFICATION_TEAM_MEMBER, null, TOWNSHIP_OFFICER))
                .expectException(refusedWith(ExitErrorCode.NOT_A_TEAM_MEMBER))
                .expectNoEvents();
    }

    @Test
    void thePairedCadreSigns() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.PAIRING_CADRE, null, CADRE))
                .expectEvents(signed(ExitSignatory.PAIRING_CADRE));
    }

    @Test
    void aCadreNotPairedWithTheHouseholdCannotSign() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.PAIRING_CADRE, null, OTHER_CADRE))
                .expectException(refusedWith(ExitErrorCode.NOT_THE_PAIRED_CADRE))
                .expectNoEvents();
    }

    @Test
    void anOfficerCannotSignAsThePairingCadre() {
        fixture.given(assessed())
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.PAIRING_CADRE, null, TOWNSHIP_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void noOneSignsTwice() {
        fixture.given(assessed(), signed(ExitSignatory.PAIRING_CADRE))
                .when(new SignExitConfirmationCommand(EXIT, ExitSignatory.PAIRING_CADRE, null, CADRE))
                .expectException(refusedWith(ExitErrorCode.ALREADY_SIGNED))
                .expectNoEvents();
    }

    // ---- public notice and objections

    @Test
    void theNoticeOpensForThePolicysPeriodOnceAllThreeSigned() {
        fixture.given(assessed(), signed(ExitSignatory.HOUSEHOLD_HEAD), signed(ExitSignatory.VERIFICATION_TEAM_MEMBER),
                        signed(ExitSignatory.PAIRING_CADRE))
                .when(new OpenExitNoticeCommand(EXIT, TOWNSHIP_OFFICER))
                .expectEvents(noticeOpened());
    }

    @Test
    void anObjectionInTheNoticePeriodIsRecorded() {
        clock.advance(Duration.ofDays(6));
        fixture.given(onNotice())
                .when(new LodgeExitObjectionCommand(EXIT, "obj-1", "still no safe water", VILLAGE_OFFICER))
                .expectEvents(new ExitObjectionLodgedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", "still no safe water"));
    }

    @Test
    void anObjectionAfterTheNoticeClosedIsRefused() {
        clock.advance(Duration.ofDays(7));
        fixture.given(onNotice())
                .when(new LodgeExitObjectionCommand(EXIT, "obj-1", "late", VILLAGE_OFFICER))
                .expectException(refusedWith(ExitErrorCode.NOTICE_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anOpenObjectionOfTheNoticePeriodBlocksCancellation() {
        clock.advance(Duration.ofDays(8));
        fixture.given(Stream.concat(Arrays.stream(onNotice()),
                        Stream.of(new ExitObjectionLodgedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", "no water"))).toArray())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound(), COUNTY_OFFICER))
                .expectException(refusedWith(ExitErrorCode.OBJECTION_OPEN, "OBJECTION obj-1"))
                .expectNoEvents();
    }

    @Test
    void anUpheldObjectionStopsTheExit() {
        fixture.given(Stream.concat(Arrays.stream(onNotice()),
                        Stream.of(new ExitObjectionLodgedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", "no water"))).toArray())
                .when(new ResolveExitObjectionCommand(EXIT, "obj-1", true, "the well is dry", TOWNSHIP_OFFICER))
                .expectEvents(new ExitObjectionResolvedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", true, "the well is dry"),
                        new HouseholdExitRejectedEvent(HOUSEHOLD, VILLAGE, EXIT, "Objection upheld: the well is dry", null, null));
    }

    @Test
    void aDismissedObjectionLetsCancellationGoOn() {
        clock.advance(Duration.ofDays(8));
        fixture.given(Stream.concat(Arrays.stream(onNotice()), Stream.of(
                        new ExitObjectionLodgedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", "no water"),
                        new ExitObjectionResolvedEvent(HOUSEHOLD, VILLAGE, EXIT, "obj-1", false, "connected"))).toArray())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound(), COUNTY_OFFICER))
                .expectSuccessfulHandlerExecution();
    }

    // ---- cancellation (销号)

    @Test
    void cancellationBeforeTheNoticePeriodEndsIsRefused() {
        clock.advance(Duration.ofDays(6));
        fixture.given(onNotice())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound(), COUNTY_OFFICER))
                .expectException(refusedWith(ExitErrorCode.NOTICE_PERIOD_NOT_ELAPSED))
                .expectNoEvents();
    }

    @Test
    void cancellationRecordsTheExitWithTheEndsOfTrackingAndObservation() {
        clock.advance(Duration.ofDays(7));
        fixture.given(onNotice())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound(), COUNTY_OFFICER))
                .expectEvents(new HouseholdExitedEvent(HOUSEHOLD, VILLAGE, EXIT, 2016, LocalDate.parse("2016-12-20"),
                        new BigDecimal("3410.50"), LINE, 1, LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19")))
                .expectResultMessagePayload(new CancellationOutcome(true, List.of()));
    }

    @Test
    void aVetoFoundAtCancellationStopsTheExitAndIsRecorded() {
        clock.advance(Duration.ofDays(7));
        List<VetoCheck> checks = VETOES.stream().map(v -> v.code().equals("REGISTERED_COMPANY")
                ? new VetoCheck(v.code(), true, "aic-2016-77") : new VetoCheck(v.code(), false, null)).toList();

        fixture.given(onNotice())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), checks, COUNTY_OFFICER))
                .expectEvents(new HouseholdExitRejectedEvent(HOUSEHOLD, VILLAGE, EXIT,
                        "Veto found at cancellation: [REGISTERED_COMPANY]", "REGISTERED_COMPANY", "aic-2016-77"))
                .expectResultMessagePayload(new CancellationOutcome(false, List.of(new FailedCriterion("REGISTERED_COMPANY",
                        "not found: 家庭成员注册公司", "found, evidence aic-2016-77"))));
    }

    @Test
    void everyVetoRuleMustBeRecheckedAtCancellation() {
        clock.advance(Duration.ofDays(7));
        fixture.given(onNotice())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound().subList(0, 3), COUNTY_OFFICER))
                .expectException(refusedWith(ExitErrorCode.VETO_CHECK_INCOMPLETE, VETOES.get(3).code()))
                .expectNoEvents();
    }

    @Test
    void onlyTheCountyCancels() {
        clock.advance(Duration.ofDays(7));
        fixture.given(onNotice())
                .when(new RecordHouseholdExitCommand(EXIT, LocalDate.parse("2016-12-20"), noVetoFound(), TOWNSHIP_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void anExitedHouseholdsExitTakesNoFurtherCommands() {
        fixture.given(Stream.concat(Arrays.stream(onNotice()), Stream.of(new HouseholdExitedEvent(HOUSEHOLD, VILLAGE, EXIT, 2016,
                        LocalDate.parse("2016-12-20"), new BigDecimal("3410.50"), LINE, 1, LocalDate.parse("2018-12-19"),
                        LocalDate.parse("2019-12-19")))).toArray())
                .when(new LodgeExitObjectionCommand(EXIT, "obj-9", "too late", VILLAGE_OFFICER))
                .expectException(refusedWith(ExitErrorCode.EXIT_CLOSED))
                .expectNoEvents();
    }
}
