package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.registration.household.api.SurveyHouseholdCommand;
import io.jiandang.registration.household.api.SurveyOutcome;
import io.jiandang.registration.household.api.SurveyedMember;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jiandang.registration.common.api.RegistrationErrorCode.DUPLICATE_MEMBER;
import static io.jiandang.registration.common.api.RegistrationErrorCode.HOUSEHOLD_HEAD_REQUIRED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.INVALID_ID_NUMBER;
import static io.jiandang.registration.common.api.RegistrationErrorCode.MISSING_INDICATOR_ANSWER;
import static io.jiandang.registration.common.api.RegistrationErrorCode.NO_POLICY_PUBLISHED;
import static io.jiandang.registration.common.api.RegistrationErrorCode.PERSON_ALREADY_REGISTERED;
import static io.jiandang.registration.household.domain.HouseholdTestKit.HOUSEHOLD;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.ANSWERS;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.HEAD_ID;
import static io.jiandang.registration.support.RegistrationTestData.OTHER_COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.POLICY_VERSION;
import static io.jiandang.registration.support.RegistrationTestData.SCORE;
import static io.jiandang.registration.support.RegistrationTestData.SPOUSE_ID;
import static io.jiandang.registration.support.RegistrationTestData.TOWNSHIP_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE;
import static io.jiandang.registration.support.RegistrationTestData.VILLAGE_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.policies;
import static org.assertj.core.api.Assertions.assertThat;

class HouseholdSurveyTest {

    private final HouseholdTestKit kit = new HouseholdTestKit();

    private SurveyHouseholdCommand survey(Actor actor, List<SurveyedMember> members) {
        return new SurveyHouseholdCommand(HOUSEHOLD, VILLAGE, members, ANSWERS, EnumSet.of(PovertyCause.ILLNESS),
                EnumSet.of(PovertyArea.ROCKY_MOUNTAIN), actor);
    }

    private static List<SurveyedMember> headAndSpouse() {
        return List.of(new SurveyedMember("韦美兰", HEAD_ID, RelationToHead.HEAD),
                new SurveyedMember("黄秀英", SPOUSE_ID, RelationToHead.SPOUSE));
    }

    @Test
    void aVillageOfficerSurveysAHouseholdWhichIsScoredUnderTheCurrentPolicy() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, headAndSpouse()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(kit.surveyed())
                .expectResultMessagePayload(new SurveyOutcome(HOUSEHOLD, SCORE, POLICY_VERSION));
        assertThat(kit.registry.claims).containsOnlyKeys(kit.registry.fingerprintOf(HEAD_ID),
                kit.registry.fingerprintOf(SPOUSE_ID));
    }

    @Test
    void aTownshipOfficerCoveringTheVillageMaySurveyToo() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(TOWNSHIP_OFFICER, headAndSpouse()))
                .expectEvents(kit.surveyed());
    }

    @Test
    void theSurveyedEventCarriesNoIdNumberOrNameInClear() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, headAndSpouse()))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(HEAD_ID)),
                                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(SPOUSE_ID)),
                                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("韦美兰")))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void theCommandDoesNotShowIdNumbersWhenLogged() {
        assertThat(survey(VILLAGE_OFFICER, headAndSpouse()).toString()).doesNotContain(HEAD_ID, SPOUSE_ID, "韦美兰");
    }

    @Test
    void invalidIdNumberIsRefused() {
        String wrongCheckDigit = SPOUSE_ID.substring(0, 17) + "1";
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, List.of(new SurveyedMember("韦美兰", HEAD_ID, RelationToHead.HEAD),
                        new SurveyedMember("黄秀英", wrongCheckDigit, RelationToHead.SPOUSE))))
                .expectException(refusedWith(INVALID_ID_NUMBER, "members[1].idNumber", "GB11643_CHECK_DIGIT"))
                .expectNoEvents();
        assertThat(kit.registry.claims).isEmpty();
    }

    @Test
    void anIdNumberWithAnImpossibleBirthDateIsRefused() {
        String thirtiethOfFebruary = "45122719620230002";
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, List.of(new SurveyedMember("韦美兰",
                        thirtiethOfFebruary + ResidentIdNumber.checkCharacter(thirtiethOfFebruary), RelationToHead.HEAD))))
                .expectException(refusedWith(INVALID_ID_NUMBER, "members[0].idNumber", "GB11643_BIRTH_DATE"))
                .expectNoEvents();
    }

    @Test
    void theSamePersonCannotBeSurveyedIntoTwoHouseholds() {
        kit.registry.claim(kit.registry.fingerprintOf(SPOUSE_ID), "another-household");
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, headAndSpouse()))
                .expectException(refusedWith(PERSON_ALREADY_REGISTERED, "members[1].idNumber", null))
                .expectNoEvents();
    }

    @Test
    void theSamePersonCannotBeListedTwiceInOneHousehold() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, List.of(new SurveyedMember("韦美兰", HEAD_ID, RelationToHead.HEAD),
                        new SurveyedMember("韦美兰", HEAD_ID.toLowerCase(), RelationToHead.OTHER))))
                .expectException(refusedWith(DUPLICATE_MEMBER, "members[1].idNumber", null))
                .expectNoEvents();
    }

    @Test
    void aHouseholdHasExactlyOneHead() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, List.of(new SurveyedMember("黄秀英", SPOUSE_ID, RelationToHead.SPOUSE))))
                .expectException(refusedWith(HOUSEHOLD_HEAD_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void anOfficerOfAnotherCountyCannotSurvey() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(new io.jiandang.security.Actor("v2", io.jiandang.security.Role.INFORMATION_OFFICER,
                        io.jiandang.divisions.DivisionLevel.VILLAGE, "451228100201"), headAndSpouse()))
                .expectException(accessRefused(AccessRefusedException.Rule.JURISDICTION))
                .expectNoEvents();
    }

    @Test
    void aCountyOfficerDoesNotSurvey() {
        kit.fixture.givenNoPriorActivity()
                .when(survey(COUNTY_OFFICER, headAndSpouse()))
                .expectException(accessRefused(AccessRefusedException.Rule.LEVEL))
                .expectNoEvents();
        kit.fixture.givenNoPriorActivity()
                .when(survey(OTHER_COUNTY_OFFICER, headAndSpouse()))
                .expectException(AccessRefusedException.class);
    }

    @Test
    void everyIndicatorOfThePolicyMustBeAnswered() {
        Map<String, BigDecimal> answers = new HashMap<>(ANSWERS);
        answers.remove("housing.safe");
        kit.fixture.givenNoPriorActivity()
                .when(new SurveyHouseholdCommand(HOUSEHOLD, VILLAGE, headAndSpouse(), answers, null, null,
                        VILLAGE_OFFICER))
                .expectException(refusedWith(MISSING_INDICATOR_ANSWER, "answers.housing.safe", null))
                .expectNoEvents();
    }

    @Test
    void noHouseholdIsSurveyedBeforeAPolicyIsPublished() {
        FixtureConfiguration<Household> withoutPolicy = new AggregateTestFixture<>(Household.class);
        withoutPolicy.registerInjectableResource(kit.vault);
        withoutPolicy.registerInjectableResource(kit.registry);
        withoutPolicy.registerInjectableResource(policies());
        withoutPolicy.registerInjectableResource(kit.clock);
        withoutPolicy.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, headAndSpouse()))
                .expectException(refusedWith(NO_POLICY_PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void surveyedEventRecordsThePolicyVersionUsed() {
        HouseholdSurveyedEvent expected = kit.surveyed();
        assertThat(expected.policyVersion()).isEqualTo(POLICY_VERSION);
        kit.fixture.givenNoPriorActivity()
                .when(survey(VILLAGE_OFFICER, headAndSpouse()))
                .expectEvents(expected);
    }
}
