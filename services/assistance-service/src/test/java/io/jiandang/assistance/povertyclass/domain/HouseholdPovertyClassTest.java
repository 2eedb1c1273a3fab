package io.jiandang.assistance.povertyclass.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.policy.domain.AssistancePolicies;
import io.jiandang.assistance.povertyclass.api.AssessPovertyClassCommand;
import io.jiandang.assistance.support.Policies;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static io.jiandang.assistance.support.AssistanceMatchers.refusedWith;

/** The poverty class follows the score through the versioned thresholds (30 / 45 / 60 here). */
class HouseholdPovertyClassTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String ID = AssessPovertyClassCommand.idOf(HOUSEHOLD);
    private static final Map<String, String> FEBRUARY = Map.of("effectiveOn", "2016-02-01");
    private static final Map<String, String> APRIL = Map.of("effectiveOn", "2016-04-15");

    private Policies policies = Policies.withLimit(5);
    private FixtureConfiguration<HouseholdPovertyClass> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(HouseholdPovertyClass.class);
        fixture.registerInjectableResource((AssistancePolicies) () -> policies.current());
    }

    private static AssessPovertyClassCommand assess(String score) {
        return new AssessPovertyClassCommand(ID, HOUSEHOLD, VILLAGE, new BigDecimal(score));
    }

    private static PovertyClassChangedEvent changed(PovertyClass from, PovertyClass to, String score, int version,
                                                    String standard, String on) {
        return new PovertyClassChangedEvent(HOUSEHOLD, VILLAGE, from, to, new BigDecimal(score), version,
                new BigDecimal(standard), LocalDate.parse(on));
    }

    @Test
    void theFirstAssessmentSetsTheClassWithItsStandard() {
        fixture.givenNoPriorActivity()
                .when(assess("52"), FEBRUARY)
                .expectEvents(changed(null, PovertyClass.MEDIUM, "52", 1, "5000", "2016-02-01"));
    }

    @Test
    void aLowerScoreMovesTheHouseholdToAPoorerClass() {
        fixture.given(changed(null, PovertyClass.MEDIUM, "52", 1, "5000", "2016-02-01"))
                .when(assess("41.5"), APRIL)
                .expectEvents(changed(PovertyClass.MEDIUM, PovertyClass.SPECIAL, "41.5", 1, "8000", "2016-04-15"));
    }

    @Test
    void aScoreBelowTheLowestThresholdIsExtremePoverty() {
        fixture.givenNoPriorActivity()
                .when(assess("29.99"), FEBRUARY)
                .expectEvents(changed(null, PovertyClass.EXTREME, "29.99", 1, "12000", "2016-02-01"));
    }

    @Test
    void aScoreOnAThresholdBelongsToTheLessPoorClass() {
        fixture.givenNoPriorActivity()
                .when(assess("60"), FEBRUARY)
                .expectEvents(changed(null, PovertyClass.GENERAL, "60", 1, "3000", "2016-02-01"));
    }

    @Test
    void aScoreChangeWithinTheSameClassRecordsNothing() {
        fixture.given(changed(null, PovertyClass.MEDIUM, "52", 1, "5000", "2016-02-01"))
                .when(assess("47"), APRIL)
                .expectNoEvents();
    }

    @Test
    void newThresholdsMoveTheClassOfAnUnchangedScore() {
        policies = Policies.none().publish(2, 5, "30", "55", "70");
        fixture.given(changed(null, PovertyClass.MEDIUM, "52", 1, "5000", "2016-02-01"))
                .when(assess("52"), APRIL)
                .expectEvents(changed(PovertyClass.MEDIUM, PovertyClass.SPECIAL, "52", 2, "8000", "2016-04-15"));
    }

    @Test
    void noClassWithoutAPolicy() {
        policies = Policies.none();
        fixture.givenNoPriorActivity()
                .when(assess("52"), FEBRUARY)
                .expectException(refusedWith(AssistanceErrorCode.NO_POLICY_PUBLISHED));
    }
}
