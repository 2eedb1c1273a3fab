package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.registration.household.api.PassRegistrationStepCommand;
import io.jiandang.registration.household.api.VetoHouseholdCommand;
import io.jiandang.security.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jiandang.contracts.registration.RegistrationStep.SECOND_HOME_VISIT;
import static io.jiandang.contracts.registration.RegistrationStep.VILLAGE_GROUP_DELIBERATION;
import static io.jiandang.registration.common.api.RegistrationErrorCode.EVIDENCE_REQUIRED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_REMOVED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_VETOED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.UNKNOWN_VETO_CODE;
import static io.jiandang.registration.common.api.RegistrationErrorCode.VETO_DOES_NOT_APPLY_AFTER_REGISTRATION;
import static io.jiandang.registration.household.domain.HouseholdTestKit.HOUSEHOLD;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.POLICY_VERSION;
import static io.jiandang.registration.support.RegistrationTestData.TOWNSHIP_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE_OFFICER;

/** Vetoes (八个一票否决) as policy data: before registration they close the procedure, after it they remove. */
class HouseholdVetoTest {

    private static final String PAYROLL = "A member is paid from public funds (财政供养人员)";
    private static final String EVIDENCE = "county staffing office payroll list, 2015-11";

    private final HouseholdTestKit kit = new HouseholdTestKit();

    @Test
    void aVetoBeforeRegistrationClosesTheProcedure() {
        kit.fixture.given(kit.candidateThrough(VILLAGE_GROUP_DELIBERATION))
                .when(new VetoHouseholdCommand(HOUSEHOLD, "PUBLIC_PAYROLL", EVIDENCE, TOWNSHIP_OFFICER))
                .expectEvents(new HouseholdVetoedEvent(HOUSEHOLD, VILLAGE, "PUBLIC_PAYROLL", PAYROLL, EVIDENCE,
                        POLICY_VERSION));
    }

    @Test
    void aVetoedHouseholdCannotGoOnWithTheProcedure() {
        List<Object> history = kit.candidateThrough(VILLAGE_GROUP_DELIBERATION);
        history.add(new HouseholdVetoedEvent(HOUSEHOLD, VILLAGE, "PUBLIC_PAYROLL", PAYROLL, EVIDENCE, POLICY_VERSION));
        kit.fixture.given(history)
                .when(new PassRegistrationStepCommand(HOUSEHOLD, SECOND_HOME_VISIT, null, TOWNSHIP_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_VETOED))
                .expectNoEvents();
        kit.fixture.given(history)
                .when(new VetoHouseholdCommand(HOUSEHOLD, "REGISTERED_COMPANY", EVIDENCE, COUNTY_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_VETOED));
    }

    @Test
    void vetoAfterRegistrationRemovesTheHousehold() {
        kit.fixture.given(kit.registered())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "PUBLIC_PAYROLL", EVIDENCE, COUNTY_OFFICER))
                .expectEvents(new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, PAYROLL, "PUBLIC_PAYROLL", EVIDENCE,
                        POLICY_VERSION));
    }

    @Test
    void aVetoThatBlocksRegistrationOnlyLeavesARegisteredHouseholdInPlace() {
        kit.fixture.given(kit.registered())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "TOWN_HOUSE", EVIDENCE, COUNTY_OFFICER))
                .expectException(refusedWith(VETO_DOES_NOT_APPLY_AFTER_REGISTRATION))
                .expectNoEvents();
        kit.fixture.given(kit.candidate())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "TOWN_HOUSE", EVIDENCE, COUNTY_OFFICER))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(HouseholdVetoedEvent.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void aVetoCodeMustBeInTheCurrentPolicy() {
        kit.fixture.given(kit.candidate())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "OWNS_A_CAR", EVIDENCE, COUNTY_OFFICER))
                .expectException(refusedWith(UNKNOWN_VETO_CODE, "vetoCode", null))
                .expectNoEvents();
    }

    @Test
    void aVetoNeedsEvidence() {
        kit.fixture.given(kit.candidate())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "PUBLIC_PAYROLL", "  ", COUNTY_OFFICER))
                .expectException(refusedWith(EVIDENCE_REQUIRED, "evidence", null))
                .expectNoEvents();
    }

    @Test
    void aVillageOfficerCannotVeto() {
        kit.fixture.given(kit.candidate())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "PUBLIC_PAYROLL", EVIDENCE, VILLAGE_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotVeto() {
        kit.fixture.given(kit.candidate())
                .when(new VetoHouseholdCommand(HOUSEHOLD, "PUBLIC_PAYROLL", EVIDENCE, OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void aRemovedHouseholdIsNotVetoedAgain() {
        List<Object> history = kit.registered();
        history.add(new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, PAYROLL, "PUBLIC_PAYROLL", EVIDENCE, POLICY_VERSION));
        kit.fixture.given(history)
                .when(new VetoHouseholdCommand(HOUSEHOLD, "REGISTERED_COMPANY", EVIDENCE, COUNTY_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_REMOVED));
    }
}
