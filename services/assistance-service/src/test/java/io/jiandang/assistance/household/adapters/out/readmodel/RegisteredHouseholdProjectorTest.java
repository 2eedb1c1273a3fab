package io.jiandang.assistance.household.adapters.out.readmodel;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The local view of registration.events: registered or not, village, score, members; when to reassess the class. */
class RegisteredHouseholdProjectorTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private final RegisteredHouseholdProjector projector = new RegisteredHouseholdProjector();

    private static ProtectedMember member(String id) {
        return new ProtectedMember(id, "c", "c", "f" + id, RelationToHead.HEAD, 1970, Sex.MALE);
    }

    private RegisteredHousehold registered() {
        RegisteredHousehold surveyed = projector.apply(null, new HouseholdSurveyedEvent(HOUSEHOLD, VILLAGE,
                List.of(member("1"), member("2")), new BigDecimal("40"), 1, Map.of(), Set.of(), Set.of()), 0);
        return projector.apply(surveyed, new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, new BigDecimal("40"), 1, 2), 5);
    }

    @Test
    void aSurveyedHouseholdIsKnownButNotRegistered() {
        RegisteredHousehold surveyed = projector.apply(null, new HouseholdSurveyedEvent(HOUSEHOLD, VILLAGE,
                List.of(member("1")), new BigDecimal("40"), 1, Map.of(), Set.of(), Set.of()), 0);

        assertThat(surveyed.isRegistered()).isFalse();
        assertThat(surveyed.members()).isEqualTo(1);
        assertThat(RegisteredHouseholdProjector.classMayHaveChanged(null, surveyed)).isFalse();
    }

    @Test
    void registrationGivesScoreMembersAndAFirstClassAssessment() {
        RegisteredHousehold view = registered();

        assertThat(view.isRegistered()).isTrue();
        assertThat(view.score()).isEqualByComparingTo("40");
        assertThat(view.members()).isEqualTo(2);
        assertThat(view.divisionCode()).isEqualTo(VILLAGE);
        assertThat(view.lastSequence()).isEqualTo(5);
    }

    @Test
    void theClassIsReassessedWhenTheRegisteredScoreChangesOnly() {
        RegisteredHousehold before = registered();
        RegisteredHousehold sameScore = projector.apply(before,
                new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, new BigDecimal("40.00"), 1, 2), 6);
        RegisteredHousehold newScore = projector.apply(before,
                new HouseholdRegisteredEvent(HOUSEHOLD, VILLAGE, new BigDecimal("55"), 2, 2), 6);

        assertThat(RegisteredHouseholdProjector.classMayHaveChanged(null, before)).isTrue();
        assertThat(RegisteredHouseholdProjector.classMayHaveChanged(before, sameScore)).isFalse();
        assertThat(RegisteredHouseholdProjector.classMayHaveChanged(before, newScore)).isTrue();
    }

    @Test
    void membersFollowTheDynamicUpdates() {
        RegisteredHousehold joined = projector.apply(registered(),
                new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q3", new HouseholdChange.MemberJoined(member("3"))), 6);
        RegisteredHousehold left = projector.apply(joined,
                new HouseholdUpdatedEvent(HOUSEHOLD, VILLAGE, "2016-Q4", new HouseholdChange.MemberLeft("1", "出嫁")), 7);

        assertThat(joined.members()).isEqualTo(3);
        assertThat(left.members()).isEqualTo(2);
    }

    @Test
    void aRemovedHouseholdIsNoLongerRegistered() {
        RegisteredHousehold removed = projector.apply(registered(),
                new HouseholdRemovedEvent(HOUSEHOLD, VILLAGE, "county decision", null, null, null), 6);

        assertThat(removed.isRegistered()).isFalse();
    }
}
