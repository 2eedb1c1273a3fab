package io.jiandang.registration.policy.domain;

import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.registration.policy.api.PublishRegistrationPolicyCommand;
import io.jiandang.testing.MovableClock;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.jiandang.registration.common.api.RegistrationErrorCode.POLICY_INVALID;
import static io.jiandang.registration.common.api.RegistrationErrorCode.POLICY_VERSION_NOT_NEXT;
import static io.jiandang.registration.policy.api.PublishRegistrationPolicyCommand.POLICY_ID;
import static io.jiandang.registration.support.RegistrationMatchers.accessRefused;
import static io.jiandang.registration.support.RegistrationMatchers.refusedWith;
import static io.jiandang.registration.support.RegistrationTestData.COUNTY_OFFICER;
import static io.jiandang.registration.support.RegistrationTestData.POLICY;
import static io.jiandang.registration.support.RegistrationTestData.POLICY_ADMINISTRATOR;

class RegistrationPolicyTest {

    private static final Instant NOW = Instant.parse("2015-09-01T08:00:00Z");

    private final FixtureConfiguration<RegistrationPolicy> fixture = new AggregateTestFixture<>(RegistrationPolicy.class);

    RegistrationPolicyTest() {
        fixture.registerInjectableResource(new MovableClock(NOW));
    }

    private static PublishRegistrationPolicyCommand publish(int version, int noticeDays, Actor actor) {
        return new PublishRegistrationPolicyCommand(POLICY_ID, version, POLICY.indicators(), POLICY.vetoRules(),
                noticeDays, Map.of(), actor);
    }

    private static RegistrationPolicyPublishedEvent published(int version) {
        return new RegistrationPolicyPublishedEvent(POLICY_ID, "450000", version, POLICY.indicators(),
                POLICY.vetoRules(), 7, Map.of(), NOW);
    }

    @Test
    void aPolicyAdministratorPublishesTheFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(publish(1, 7, POLICY_ADMINISTRATOR))
                .expectEvents(published(1))
                .expectResultMessagePayload(1);
    }

    @Test
    void versionsFollowOneAnotherWithoutGaps() {
        fixture.given(published(1))
                .when(publish(3, 7, POLICY_ADMINISTRATOR))
                .expectException(refusedWith(POLICY_VERSION_NOT_NEXT, "version", null))
                .expectNoEvents();
        fixture.given(published(1))
                .when(publish(2, 7, POLICY_ADMINISTRATOR))
                .expectEvents(published(2));
    }

    @Test
    void onlyAPolicyAdministratorPublishes() {
        fixture.givenNoPriorActivity()
                .when(publish(1, 7, COUNTY_OFFICER))
                .expectException(accessRefused(AccessRefusedException.Rule.ROLE))
                .expectNoEvents();
    }

    @Test
    void anInvalidPolicyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(1, 0, POLICY_ADMINISTRATOR))
                .expectException(refusedWith(POLICY_INVALID, "noticePeriodDays", "POSITIVE"))
                .expectNoEvents();
    }
}
