package io.jiandang.assistance.policy.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.policy.api.PublishAssistancePolicyCommand;
import io.jiandang.assistance.support.Policies;
import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;
import io.jiandang.contracts.assistance.PovertyClass;
import io.jiandang.contracts.assistance.PovertyClassThresholds;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static io.jiandang.assistance.support.AssistanceMatchers.refusedWith;

/** The assistance policy is policy data: versions follow one another, published by a policy administrator. */
class AssistancePolicyTest {

    private static final Actor ADMIN = new Actor("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
    private static final Actor OFFICER = new Actor("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, "451227");
    private static final String ID = PublishAssistancePolicyCommand.POLICY_ID;
    private static final LocalDate JANUARY = LocalDate.parse("2016-01-01");
    private static final PovertyClassThresholds THRESHOLDS =
            new PovertyClassThresholds(new BigDecimal("30"), new BigDecimal("45"), new BigDecimal("60"));

    private final FixtureConfiguration<AssistancePolicy> fixture = new AggregateTestFixture<>(AssistancePolicy.class);

    private static PublishAssistancePolicyCommand publish(int version, Actor actor, PovertyClassThresholds thresholds,
                                                          Map<PovertyClass, BigDecimal> standards) {
        return new PublishAssistancePolicyCommand(ID, version, JANUARY, 5, thresholds, standards, actor);
    }

    @Test
    void thePolicyAdministratorPublishesTheFirstVersion() {
        fixture.givenNoPriorActivity()
                .when(publish(1, ADMIN, THRESHOLDS, Policies.standards()))
                .expectEvents(new AssistancePolicyPublishedEvent("450000", 1, JANUARY, 5, THRESHOLDS, Policies.standards()));
    }

    @Test
    void anInformationOfficerCannotPublishPolicy() {
        fixture.givenNoPriorActivity()
                .when(publish(1, OFFICER, THRESHOLDS, Policies.standards()))
                .expectException(AccessRefusedException.class);
    }

    @Test
    void versionsFollowOneAnother() {
        fixture.given(new AssistancePolicyPublishedEvent("450000", 1, JANUARY, 5, THRESHOLDS, Policies.standards()))
                .when(publish(3, ADMIN, THRESHOLDS, Policies.standards()))
                .expectException(refusedWith(AssistanceErrorCode.POLICY_VERSION_NOT_NEXT));
    }

    @Test
    void thresholdsMustRiseFromExtremeToMedium() {
        fixture.givenNoPriorActivity()
                .when(publish(1, ADMIN, new PovertyClassThresholds(new BigDecimal("50"), new BigDecimal("45"),
                        new BigDecimal("60")), Policies.standards()))
                .expectException(refusedWith(AssistanceErrorCode.POLICY_INVALID));
    }

    @Test
    void everyClassNeedsAStandard() {
        fixture.givenNoPriorActivity()
                .when(publish(1, ADMIN, THRESHOLDS, Map.of(PovertyClass.GENERAL, BigDecimal.TEN)))
                .expectException(refusedWith(AssistanceErrorCode.POLICY_INVALID));
    }
}
