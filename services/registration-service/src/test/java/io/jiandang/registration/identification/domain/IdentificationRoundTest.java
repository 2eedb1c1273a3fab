package io.jiandang.registration.identification.domain;

import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.contracts.registration.IdentificationRoundOpenedEvent;
import io.jiandang.registration.identification.api.CutOffResult;
import io.jiandang.registration.identification.api.OpenIdentificationRoundCommand;
import io.jiandang.registration.identification.api.ScoredHousehold;
import io.jiandang.registration.identification.api.SetCutOffLineCommand;
import io.jiandang.security.AccessRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.jiandang.registration.common.api.RegistrationErrorCode.CUT_OFF_LINE_ALREADY_SET;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_OUTSIDE_COUNTY;
import static io.jiandang.registration.common.api.RegistrationErrorCode.INVALID_ROUND;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NO_SURVEYED_HOUSEHOLDS;
import static io.jiandang.registration.common.api.RegistrationErrorCode.ROUND_ALREADY_OPEN;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.TOWNSHIP_OFFICER;

class IdentificationRoundTest {

    private static final String ROUND = "451227-2015";

    private final FixtureConfiguration<IdentificationRound> fixture =
            new AggregateTestFixture<>(IdentificationRound.class);

    private static ScoredHousehold household(String id, String score, int people, int policyVersion) {
        return new ScoredHousehold(id, "451227101201", new BigDecimal(score), people, policyVersion);
    }

    private static final IdentificationRoundOpenedEvent OPENED = new IdentificationRoundOpenedEvent(ROUND, COUNTY,
            2015, 10);

    @Test
    void aCountyOfficerOpensTheRoundOfTheirCounty() {
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(ROUND, COUNTY, 2015, 10, COUNTY_OFFICER))
                .expectEvents(OPENED)
                .expectResultMessagePayload(ROUND);
    }

    @Test
    void anOfficerOfAnotherCountyCannotOpenIt() {
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(ROUND, COUNTY, 2015, 10, OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(ROUND, COUNTY, 2015, 10, TOWNSHIP_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL));
    }

    @Test
    void aCountyHasOneRoundAYear() {
        fixture.given(OPENED)
                .when(new OpenIdentificationRoundCommand(ROUND, COUNTY, 2015, 12, COUNTY_OFFICER))
                .expectException(refusedWith(ROUND_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void noRoundOpensBeforeThe2013Baseline() {
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(COUNTY + "-2012", COUNTY, 2012, 10, COUNTY_OFFICER))
                .expectException(refusedWith(INVALID_ROUND, "year", null))
                .expectNoEvents();
    }

    @Test
    void theBaselineRoundOf2013CanBeOpened() {
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(COUNTY + "-2013", COUNTY, 2013, 10, COUNTY_OFFICER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void thePovertyScaleIsAPositiveNumberOfPeople() {
        fixture.givenNoPriorActivity()
                .when(new OpenIdentificationRoundCommand(ROUND, COUNTY, 2015, 0, COUNTY_OFFICER))
                .expectException(refusedWith(INVALID_ROUND, "povertyScale", null))
                .expectNoEvents();
    }

    @Test
    void cutOffLineHoldsThePeopleClosestToTheScale() {
        List<ScoredHousehold> households = List.of(household("a", "12.5", 4), household("b", "20", 3),
                household("c", "20", 2), household("d", "31.5", 5), household("e", "45", 4));
        // cumulative: 4, 9 (b and c together), 14, 18 → 9 is closest to 10
        fixture.given(OPENED)
                .when(new SetCutOffLineCommand(ROUND, 1, households, COUNTY_OFFICER))
                .expectEvents(new CutOffLineSetEvent(ROUND, COUNTY, 10, new BigDecimal("20"), List.of("a", "b", "c"),
                        9, 5, 1))
                .expectResultMessagePayload(new CutOffResult(new BigDecimal("20"), List.of("a", "b", "c"), 9));
    }

    @Test
    void theLineIsSetOnce() {
        fixture.given(OPENED, new CutOffLineSetEvent(ROUND, COUNTY, 10, BigDecimal.TEN, List.of("a"), 4, 1, 1))
                .when(new SetCutOffLineCommand(ROUND, 1, List.of(household("a", "10", 4)), COUNTY_OFFICER))
                .expectException(refusedWith(CUT_OFF_LINE_ALREADY_SET))
                .expectNoEvents();
    }

    @Test
    void householdsScoredUnderAnotherPolicyVersionAreLeftOut() {
        List<ScoredHousehold> households = List.of(household("old", "1", 10, 1), household("a", "12.5", 4, 2),
                household("b", "20", 6, 2));
        fixture.given(OPENED)
                .when(new SetCutOffLineCommand(ROUND, 2, households, COUNTY_OFFICER))
                .expectEvents(new CutOffLineSetEvent(ROUND, COUNTY, 10, new BigDecimal("20"), List.of("a", "b"), 10,
                        2, 2));
        fixture.given(OPENED)
                .when(new SetCutOffLineCommand(ROUND, 3, households, COUNTY_OFFICER))
                .expectException(refusedWith(NO_SURVEYED_HOUSEHOLDS));
    }

    @Test
    void aHouseholdOutsideTheCountyIsRefused() {
        fixture.given(OPENED)
                .when(new SetCutOffLineCommand(ROUND, 1, List.of(new ScoredHousehold("x", "451228100201",
                        BigDecimal.ONE, 3, 1)), COUNTY_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_OUTSIDE_COUNTY))
                .expectNoEvents();
    }

    @Test
    void onlyACountyOfficerOfTheCountySetsTheLine() {
        fixture.given(OPENED)
                .when(new SetCutOffLineCommand(ROUND, 1, List.of(household("a", "10", 4)), OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    private static ScoredHousehold household(String id, String score, int people) {
        return household(id, score, people, 1);
    }
}
