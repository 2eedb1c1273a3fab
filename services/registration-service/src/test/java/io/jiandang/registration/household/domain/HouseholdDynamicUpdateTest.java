package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.HousingCondition;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.registration.household.api.HouseholdUpdate;
import io.jiandang.registration.household.api.RemoveHouseholdCommand;
import io.jiandang.registration.household.api.SurveyedMember;
import io.jiandang.registration.household.api.UpdateHouseholdCommand;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.jiandang.registration.common.api.RegistrationErrorCode.DUPLICATE_MEMBER;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_REMOVED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.INVALID_ID_NUMBER;
import static io.jiandang.registration.common.api.RegistrationErrorCode.INVALID_UPDATE_CYCLE;
import static io.jiandang.registration.common.api.RegistrationErrorCode.LAST_MEMBER_CANNOT_LEAVE;
import static io.jiandang.registration.common.api.RegistrationErrorCode.MEMBER_NOT_FOUND;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NOT_REGISTERED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.PERSON_ALREADY_REGISTERED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.REASON_REQUIRED;
import static io.jiandang.registration.household.domain.HouseholdTestKit.HOUSEHOLD;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.HEAD_ID;
import static io.jiandang.registration.support.RegistrationTestData.NEWBORN_ID;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.SPOUSE_ID;
import static io.jiandang.registration.support.RegistrationTestData.TOWNSHIP_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

/** Dynamic updates (动态管理) tagged with their cycle, and removal (剔除). */
class HouseholdDynamicUpdateTest {

    private final HouseholdTestKit kit = new HouseholdTestKit();

    HouseholdDynamicUpdateTest() {
        // the updates below happen in 2016, a year after the household's registration
        kit.clock.advance(java.time.Duration.ofDays(366));
    }

    private static UpdateHouseholdCommand update(String cycle, HouseholdUpdate change, Actor actor) {
        return new UpdateHouseholdCommand(HOUSEHOLD, cycle, change, actor);
    }

    private static HouseholdUpdate.JoinMember newborn(String id) {
        return new HouseholdUpdate.JoinMember(new SurveyedMember("韦小宝", id, RelationToHead.CHILD));
    }

    @Test
    void aMemberJoinsARegisteredHouseholdInAQuarterlyUpdate() {
        kit.fixture.given(kit.registered())
                .when(update("2016-Q3", newborn(NEWBORN_ID), VILLAGE_OFFICER))
                .expectEvents(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q3",
                        new HouseholdChange.MemberJoined(kit.member("3", "韦小宝", NEWBORN_ID, RelationToHead.CHILD))));
        assertThat(kit.registry.claims).containsEntry(kit.registry.fingerprintOf(NEWBORN_ID), HOUSEHOLD);
    }

    @Test
    void aJoiningMemberWithAnInvalidIdNumberIsRefused() {
        kit.fixture.given(kit.registered())
                .when(update("2016-Q3", newborn(NEWBORN_ID.substring(0, 17) + "9"), VILLAGE_OFFICER))
                .expectException(refusedWith(INVALID_ID_NUMBER, "change.member.idNumber", "GB11643_CHECK_DIGIT"))
                .expectNoEvents();
    }

    @Test
    void aJoiningMemberWhoBelongsToAnotherHouseholdIsRefused() {
        kit.registry.claim(kit.registry.fingerprintOf(NEWBORN_ID), "another-household");
        kit.fixture.given(kit.registered())
                .when(update("2016-Q3", newborn(NEWBORN_ID), VILLAGE_OFFICER))
                .expectException(refusedWith(PERSON_ALREADY_REGISTERED, "change.member.idNumber", null))
                .expectNoEvents();
    }

    @Test
    void aMemberAlreadyInTheHouseholdDoesNotJoinAgain() {
        kit.fixture.given(kit.registered())
                .when(update("2016-Q3", newborn(SPOUSE_ID), VILLAGE_OFFICER))
                .expectException(refusedWith(DUPLICATE_MEMBER));
    }

    @Test
    void aMemberLeavesAndIsFreedForAnotherHousehold() {
        kit.registry.claim(kit.registry.fingerprintOf(SPOUSE_ID), HOUSEHOLD);
        kit.fixture.given(kit.registered())
                .when(update("2016-H2", new HouseholdUpdate.LeaveMember("2", "married into another village"),
                        VILLAGE_OFFICER))
                .expectEvents(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-H2",
                        new HouseholdChange.MemberLeft("2", "married into another village")));
        assertThat(kit.registry.released).containsExactly(kit.registry.fingerprintOf(SPOUSE_ID));
    }

    @Test
    void anUnknownMemberCannotLeave() {
        kit.fixture.given(kit.registered())
                .when(update("2016-H2", new HouseholdUpdate.LeaveMember("9", "moved"), VILLAGE_OFFICER))
                .expectException(refusedWith(MEMBER_NOT_FOUND, "change.memberId", null));
        kit.fixture.given(kit.registered())
                .when(update("2016-H2", new HouseholdUpdate.LeaveMember("2", ""), VILLAGE_OFFICER))
                .expectException(refusedWith(REASON_REQUIRED));
    }

    @Test
    void theLastMemberCannotLeave() {
        List<Object> history = kit.registered();
        history.add(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q1",
                new HouseholdChange.MemberLeft("2", "died")));
        kit.fixture.given(history)
                .when(update("2016-Q3", new HouseholdUpdate.LeaveMember("1", "moved"), VILLAGE_OFFICER))
                .expectException(refusedWith(LAST_MEMBER_CANNOT_LEAVE));
    }

    @Test
    void incomeHousingAndCausesAreRecordedWithTheirCycle() {
        kit.fixture.given(kit.registered())
                .when(update("2016-A", new HouseholdUpdate.ChangeIncome(new BigDecimal("2855")), TOWNSHIP_OFFICER))
                .expectEvents(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-A",
                        new HouseholdChange.IncomeChanged(new BigDecimal("2855"))));
        kit.fixture.given(kit.registered())
                .when(update("2016-Q4", new HouseholdUpdate.ChangeHousing(HousingCondition.DILAPIDATED_GRADE_D),
                        VILLAGE_OFFICER))
                .expectEvents(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q4",
                        new HouseholdChange.HousingChanged(HousingCondition.DILAPIDATED_GRADE_D)));
        kit.fixture.given(kit.registered())
                .when(update("2016-H1", new HouseholdUpdate.ChangeCauses(Set.of(PovertyCause.DISASTER)),
                        VILLAGE_OFFICER))
                .expectEvents(new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-H1",
                        new HouseholdChange.CausesChanged(EnumSet.of(PovertyCause.DISASTER))));
    }

    @Test
    void theUpdateCycleMustBeWellFormed() {
        for (String cycle : List.of("2016-Q5", "2016-H3", "2016", "16-Q1", "2016-q1", "2013-A")) {
            kit.fixture.given(kit.registered())
                    .when(update(cycle, new HouseholdUpdate.ChangeIncome(BigDecimal.ONE), VILLAGE_OFFICER))
                    .expectException(refusedWith(INVALID_UPDATE_CYCLE, "cycle", null))
                    .expectNoEvents();
        }
    }

    @Test
    void onlyARegisteredHouseholdIsUpdated() {
        kit.fixture.given(kit.candidate())
                .when(update("2016-Q3", new HouseholdUpdate.ChangeIncome(BigDecimal.ONE), VILLAGE_OFFICER))
                .expectException(refusedWith(NOT_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotUpdate() {
        kit.fixture.given(kit.registered())
                .when(update("2016-Q3", new HouseholdUpdate.ChangeIncome(BigDecimal.ONE), OTHER_COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION));
    }

    @Test
    void aCountyOfficerRemovesARegisteredHouseholdWithAReason() {
        kit.fixture.given(kit.registered())
                .when(new RemoveHouseholdCommand(HOUSEHOLD, "moved to the city and found work", COUNTY_OFFICER))
                .expectEvents(new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, "moved to the city and found work", null,
                        null, null));
    }

    @Test
    void removalIsACountyOfficersDecisionWithAReason() {
        kit.fixture.given(kit.registered())
                .when(new RemoveHouseholdCommand(HOUSEHOLD, "moved", TOWNSHIP_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL))
                .expectNoEvents();
        kit.fixture.given(kit.registered())
                .when(new RemoveHouseholdCommand(HOUSEHOLD, null, COUNTY_OFFICER))
                .expectException(refusedWith(REASON_REQUIRED, "reason", null))
                .expectNoEvents();
        kit.fixture.given(kit.candidate())
                .when(new RemoveHouseholdCommand(HOUSEHOLD, "moved", COUNTY_OFFICER))
                .expectException(refusedWith(NOT_REGISTERED));
    }

    @Test
    void aRemovedHouseholdIsNoLongerUpdated() {
        List<Object> history = kit.registered();
        history.add(new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, "moved", null, null, null));
        kit.fixture.given(history)
                .when(update("2016-Q3", newborn(NEWBORN_ID), VILLAGE_OFFICER))
                .expectException(refusedWith(HOUSEHOLD_REMOVED));
        assertThat(HEAD_ID).isNotEqualTo(NEWBORN_ID);
    }
}
