package io.jiandang.relapse.policy.domain;

import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.relapse.policy.api.PublishRelapsePolicyCommand;
import io.jiandang.testing.MovableClock;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static io.jiandang.relapse.common.api.RelapseErrorCode.POLICY_INVALID;
import static io.jiandang.relapse.common.api.RelapseErrorCode.POLICY_VERSION_NOT_NEXT;
import static io.jiandang.relapse.support.RelapseMatchers.accessRefused;
import static io.jiandang.relapse.support.RelapseMatchers.refusedOnField;
import static io.jiandang.relapse.support.RelapseMatchers.refusedWith;

/** The relapse policy: versions without gaps, published by a policy administrator, deadlines for every step. */
class RelapsePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final Actor ADMIN = new Actor("admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final Actor OFFICER = new Actor("c1", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    private static final String ID = PublishRelapsePolicyCommand.POLICY_ID;

    private final FixtureConfiguration<RelapsePolicy> fixture = new AggregateTestFixture<>(RelapsePolicy.class);

    RelapsePolicyTest() {
        fixture.registerInjectableResource(new MovableClock(NOW));
    }

    private static Map<RelapseStep, Integer> deadlines(int township) {
        Map<RelapseStep, Integer> days = new EnumMap<>(RelapseStep.class);
        days.put(RelapseStep.HOME_VERIFICATION, 15);
        days.put(RelapseStep.VILLAGE_DELIBERATION, 15);
        days.put(RelapseStep.TOWNSHIP_REVIEW_AND_NOTICE, township);
        days.put(RelapseStep.COUNTY_APPROVAL, 15);
        return days;
    }

    @Test
    void aPolicyAdministratorPublishesTheFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(new PublishRelapsePolicyCommand(ID, 1, 7, deadlines(20), ADMIN))
                .expectResultMessagePayload(1)
                .expectEvents(new RelapsePolicyPublishedEvent(ID, "450000", 1, 7, deadlines(20), NOW));
    }

    @Test
    void versionsFollowOneAnotherWithoutGaps() {
        fixture.given(new RelapsePolicyPublishedEvent(ID, "450000", 1, 7, deadlines(20), NOW))
                .when(new PublishRelapsePolicyCommand(ID, 3, 7, deadlines(20), ADMIN))
                .expectException(refusedOnField(POLICY_VERSION_NOT_NEXT, "version", "NEXT_VERSION"))
                .expectNoEvents();
    }

    @Test
    void theFirstVersionIsOne() {
        fixture.givenNoPriorActivity()
                .when(new PublishRelapsePolicyCommand(ID, 2, 7, deadlines(20), ADMIN))
                .expectException(refusedWith(POLICY_VERSION_NOT_NEXT))
                .expectNoEvents();
    }

    @Test
    void anOfficerCannotPublishThePolicy() {
        fixture.givenNoPriorActivity()
                .when(new PublishRelapsePolicyCommand(ID, 1, 7, deadlines(20), OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.ROLE))
                .expectNoEvents();
    }

    @Test
    void theTownshipDeadlineLeavesTimeBeyondTheNotice() {
        fixture.givenNoPriorActivity()
                .when(new PublishRelapsePolicyCommand(ID, 1, 7, deadlines(7), ADMIN))
                .expectException(refusedOnField(POLICY_INVALID, "stepDeadlineDays.TOWNSHIP_REVIEW_AND_NOTICE",
                        "LONGER_THAN_NOTICE"))
                .expectNoEvents();
    }

    @Test
    void everyStepAfterTheApplicationHasADeadline() {
        Map<RelapseStep, Integer> missing = deadlines(20);
        missing.remove(RelapseStep.COUNTY_APPROVAL);
        fixture.givenNoPriorActivity()
                .when(new PublishRelapsePolicyCommand(ID, 1, 7, missing, ADMIN))
                .expectException(refusedOnField(POLICY_INVALID, "stepDeadlineDays.COUNTY_APPROVAL", "RANGE_1_365"))
                .expectNoEvents();
    }
}
