package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.contracts.relapse.RelapseAppliedEvent;
import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.relapsecase.api.ApplyForRelapseCommand;
import io.jiandang.security.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.jiandang.relapse.common.api.RelapseErrorCode.CASE_ALREADY_OPEN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.CAUSE_REQUIRED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.EVIDENCE_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_ALREADY_POOR_AGAIN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_NOT_EXITED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_NOT_REGISTERED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_REMOVED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.HOUSEHOLD_UNKNOWN;
import static io.jiandang.relapse.common.api.RelapseErrorCode.INCOME_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.NO_POLICY_PUBLISHED;
import static io.jiandang.relapse.common.api.RelapseErrorCode.WRONG_LEVEL;
import static io.jiandang.relapse.relapsecase.domain.RelapseTestKit.*;
import static io.jiandang.relapse.support.RelapseMatchers.accessRefused;
import static io.jiandang.relapse.support.RelapseMatchers.refusedExpecting;
import static io.jiandang.relapse.support.RelapseMatchers.refusedOnField;
import static io.jiandang.relapse.support.RelapseMatchers.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Step 1, the relapse application (返贫申请): who may file it, for which household, with what. */
class RelapseApplicationTest {

    private final RelapseTestKit kit = new RelapseTestKit();

    private static ApplyForRelapseCommand application(String caseId, io.jiandang.security.Actor actor) {
        return new ApplyForRelapseCommand(caseId, HOUSEHOLD, CAUSES, INCOME, EVIDENCE, actor);
    }

    @Test
    void aVillageOfficerAppliesForAnExitedHouseholdAndTheHomeVerificationFallsDueByPolicy() {
        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CASE)
                .expectEvents(new RelapseAppliedEvent(CASE, HOUSEHOLD, VILLAGE, CAUSES, INCOME, EVIDENCE, EXIT,
                                EXITED_ON, 1, TODAY.plusDays(15)),
                        passed(RelapseStep.APPLICATION, null, TODAY.plusDays(15)));
        assertThat(kit.registry.claims.get(HOUSEHOLD).caseId()).isEqualTo(CASE);
    }

    @Test
    void repeatedCausesAreRecordedOnce() {
        kit.fixture.givenNoPriorActivity()
                .when(new ApplyForRelapseCommand(CASE, HOUSEHOLD, List.of(RelapseCause.DISASTER, RelapseCause.DISASTER),
                        INCOME, EVIDENCE, VILLAGE_OFFICER))
                .expectEvents(new RelapseAppliedEvent(CASE, HOUSEHOLD, VILLAGE, List.of(RelapseCause.DISASTER), INCOME,
                                EVIDENCE, EXIT, EXITED_ON, 1, TODAY.plusDays(15)),
                        passed(RelapseStep.APPLICATION, null, TODAY.plusDays(15)));
    }

    @Test
    void aSecondApplicationWhileACaseIsOpenIsRefused() {
        kit.registry.claim(HOUSEHOLD, OTHER_CASE, EXIT);

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(RelapseException.class)
                .expectException(refusedWith(CASE_ALREADY_OPEN))
                .expectNoEvents();
        assertThat(kit.registry.claims.get(HOUSEHOLD).caseId()).isEqualTo(OTHER_CASE);
    }

    @Test
    void aHouseholdPoorAgainCannotApplyAgainAgainstTheSameExit() {
        kit.registry.claim(HOUSEHOLD, OTHER_CASE, EXIT);
        kit.registry.markPoorAgain(HOUSEHOLD, OTHER_CASE);

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_ALREADY_POOR_AGAIN))
                .expectNoEvents();
    }

    @Test
    void aHouseholdPoorAgainThatExitedAnewMayApplyAgain() {
        kit.registry.claim(HOUSEHOLD, OTHER_CASE, EXIT);
        kit.registry.markPoorAgain(HOUSEHOLD, OTHER_CASE);
        kit.eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, true, false, NEW_EXIT, TODAY.minusYears(1)));

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectSuccessfulHandlerExecution();
        assertThat(kit.registry.claims.get(HOUSEHOLD).exitId()).isEqualTo(NEW_EXIT);
    }

    @Test
    void aHouseholdThatNeverExitedCannotRelapse() {
        kit.eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, true, false, null, null));

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_NOT_EXITED))
                .expectNoEvents();
        assertThat(kit.registry.claims).isEmpty();
    }

    @Test
    void aRemovedHouseholdCannotRelapse() {
        kit.eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, true, true, EXIT, EXITED_ON));

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_REMOVED))
                .expectNoEvents();
    }

    @Test
    void aHouseholdNeverRegisteredCannotRelapse() {
        kit.eligibility.put(new HouseholdStanding(HOUSEHOLD, VILLAGE, false, false, EXIT, EXITED_ON));

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_NOT_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void anUnknownHouseholdCannotRelapse() {
        kit.eligibility.standings.clear();

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedOnField(HOUSEHOLD_UNKNOWN, "householdId", "KNOWN_HOUSEHOLD"))
                .expectNoEvents();
    }

    @Test
    void aTownshipOfficerCannotFileTheApplication() {
        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, TOWNSHIP_OFFICER))
                .expectException(refusedExpecting(WRONG_LEVEL, RelapseStep.APPLICATION, DivisionLevel.VILLAGE))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherVillageCannotApplyForTheHousehold() {
        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, OTHER_VILLAGE_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void aSupervisorCannotFileAnApplication() {
        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, SUPERVISOR))
                .expectException(accessRefused(AccessRefusedException.Rule.ROLE))
                .expectNoEvents();
    }

    @Test
    void anApplicationNamesAtLeastOneCause() {
        kit.fixture.givenNoPriorActivity()
                .when(new ApplyForRelapseCommand(CASE, HOUSEHOLD, List.of(), INCOME, EVIDENCE, VILLAGE_OFFICER))
                .expectException(refusedOnField(CAUSE_REQUIRED, "causes", "NOT_EMPTY"))
                .expectNoEvents();
    }

    @Test
    void aNegativeIncomeIsRefused() {
        kit.fixture.givenNoPriorActivity()
                .when(new ApplyForRelapseCommand(CASE, HOUSEHOLD, CAUSES, new BigDecimal("-1"), EVIDENCE,
                        VILLAGE_OFFICER))
                .expectException(refusedOnField(INCOME_INVALID, "netIncomePerHead", "NOT_NEGATIVE"))
                .expectNoEvents();
    }

    @Test
    void evidenceThatHoldsAnIdNumberNeverReachesAnEvent() {
        kit.fixture.givenNoPriorActivity()
                .when(new ApplyForRelapseCommand(CASE, HOUSEHOLD, CAUSES, INCOME,
                        List.of("doc:ok", "id-451227197001011234"), VILLAGE_OFFICER))
                .expectException(refusedOnField(EVIDENCE_INVALID, "evidence[1]", "NO_PERSONAL_NUMBER"))
                .expectNoEvents();
    }

    @Test
    void anApplicationCarriesEvidence() {
        kit.fixture.givenNoPriorActivity()
                .when(new ApplyForRelapseCommand(CASE, HOUSEHOLD, CAUSES, INCOME, List.of(), VILLAGE_OFFICER))
                .expectException(refusedOnField(EVIDENCE_INVALID, "evidence", "SIZE_1_20"))
                .expectNoEvents();
    }

    @Test
    void noApplicationIsTakenBeforeAPolicyIsPublished() {
        kit.policies.published.clear();

        kit.fixture.givenNoPriorActivity()
                .when(application(CASE, VILLAGE_OFFICER))
                .expectException(refusedWith(NO_POLICY_PUBLISHED))
                .expectNoEvents();
        assertThat(kit.registry.claims).isEmpty();
    }
}
