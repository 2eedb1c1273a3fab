package io.jiandang.exit.policy.domain;

import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.contracts.exit.PlanIndicator;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.policy.api.PublishExitPolicyCommand;
import io.jiandang.exit.support.StubPolicies;
import io.jiandang.security.AccessRefusedException;
import io.jiandang.security.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.jiandang.exit.support.ExitTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exit policy as versioned policy data: published in order by a region policy administrator, validated. */
class ExitPolicyVersionTest {

    final StubPolicies policies = new StubPolicies();
    FixtureConfiguration<ExitPolicyVersion> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ExitPolicyVersion.class);
        fixture.registerInjectableResource(policies);
    }

    static PublishExitPolicyCommand command(ExitPolicyPublishedEvent p, BigDecimal threshold, Actor actor) {
        return new PublishExitPolicyCommand(PublishExitPolicyCommand.policyIdOf(p.version()), p.version(), p.effectiveFrom(),
                p.incomeLines(), p.incomeMonthsRequired(), p.householdGuarantees(), p.villageCriteria(), p.countyCriteria(),
                threshold, p.noticePeriodDays(), p.trackingYears(), p.observationYears(), p.vetoRules(), p.planFactors(), actor);
    }

    @Test
    void theFirstVersionIsPublishedWithTheDefaultThresholdOfThreePercent() {
        fixture.givenNoPriorActivity()
                .when(command(policy(), null, POLICY_ADMIN))
                .expectEvents(policy());
    }

    @Test
    void aVersionThatIsNotTheNextIsRefused() {
        policies.with(policy());
        fixture.givenNoPriorActivity()
                .when(command(policy(), null, POLICY_ADMIN))
                .expectException(refusedWith(ExitErrorCode.POLICY_VERSION_NOT_NEXT))
                .expectNoEvents();
    }

    @Test
    void onlyAPolicyAdministratorPublishes() {
        fixture.givenNoPriorActivity()
                .when(command(policy(), null, COUNTY_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void weightsThatDoNotAddUpToAHundredAreRefusedNamingTheField() {
        ExitPolicyPublishedEvent p = policy();
        ExitPolicyPublishedEvent wrong = new ExitPolicyPublishedEvent(p.divisionCode(), 1, p.effectiveFrom(), p.incomeLines(), 12,
                p.householdGuarantees(), p.villageCriteria(), p.countyCriteria(), p.incidenceThresholdPercent(), 7, 2, 1,
                p.vetoRules(), List.of(new PlanFactor(PlanIndicator.POVERTY_SCALE, new BigDecimal("90"),
                PlanFactor.Direction.LARGER_SHARE_WHEN_HIGHER)));

        assertThatThrownBy(() -> ExitPolicy.validate(wrong)).isInstanceOfSatisfying(ExitException.class,
                e -> assertThat(e.field()).isEqualTo("planFactors"));
    }

    @Test
    void aChecklistWithATwiceUsedCodeIsRefused() {
        ExitPolicyPublishedEvent p = policy();
        ExitPolicyPublishedEvent wrong = new ExitPolicyPublishedEvent(p.divisionCode(), 1, p.effectiveFrom(), p.incomeLines(), 12,
                List.of(new ExitCriterion("A", "a"), new ExitCriterion("A", "b")), p.villageCriteria(), p.countyCriteria(),
                p.incidenceThresholdPercent(), 7, 2, 1, p.vetoRules(), p.planFactors());

        assertThatThrownBy(() -> ExitPolicy.validate(wrong)).isInstanceOfSatisfying(ExitException.class,
                e -> assertThat(e.field()).isEqualTo("householdGuarantees[1].code"));
    }
}
