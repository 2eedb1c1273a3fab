package io.jiandang.exit.plan.domain;

import io.jiandang.contracts.exit.CountyAllocation;
import io.jiandang.contracts.exit.ExitPlanAllocatedEvent;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.contracts.exit.PlanIndicator;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.plan.api.AllocateExitPlanCommand;
import io.jiandang.exit.plan.api.CountyIndicators;
import io.jiandang.exit.support.StubPolicies;
import io.jiandang.security.AccessRefusedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;


import static io.jiandang.exit.support.ExitTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 严计划: the factor method over the eight indicators, and the allocation adding up to the regional target. */
class ExitPlanAllocationTest {

    static final DivisionCatalogue DIVISIONS = DivisionCatalogue.guangxi();

    FixtureConfiguration<ExitPlan> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ExitPlan.class);
        fixture.registerInjectableResource(new StubPolicies().with(policy()));
        fixture.registerInjectableResource(DIVISIONS);
    }

    static Map<PlanIndicator, BigDecimal> indicators(double scale, double incidence) {
        Map<PlanIndicator, BigDecimal> values = new EnumMap<>(PlanIndicator.class);
        for (PlanIndicator indicator : PlanIndicator.values()) {
            values.put(indicator, BigDecimal.TEN);
        }
        values.put(PlanIndicator.POVERTY_SCALE, BigDecimal.valueOf(scale));
        values.put(PlanIndicator.INCIDENCE, BigDecimal.valueOf(incidence));
        return values;
    }

    @Test
    void theCountiesTargetsAddUpExactlyToTheRegionalTargetForEveryCountyOfTheRegion() {
        Random random = new Random(2016);
        List<CountyIndicators> counties = DIVISIONS.atLevel(DivisionLevel.COUNTY).stream()
                .map(d -> new CountyIndicators(d.code(), indicators(1000 + random.nextInt(90000), 1 + random.nextInt(30))))
                .toList();
        for (int target : List.of(0, 1, 7, 111, 1_110_000, 999_999)) {
            List<CountyAllocation> allocations = FactorMethod.allocate(target, counties, PLAN_FACTORS);
            assertThat(allocations.stream().mapToInt(CountyAllocation::target).sum()).as("target %d", target).isEqualTo(target);
            assertThat(allocations.stream().map(CountyAllocation::factor).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isCloseTo(BigDecimal.ONE, org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
        }
    }

    @Test
    void equalCountiesShareByLargestRemainderInCountyOrder() {
        List<CountyIndicators> counties = List.of(new CountyIndicators("451227", indicators(100, 10)),
                new CountyIndicators("451221", indicators(100, 10)), new CountyIndicators("451222", indicators(100, 10)));

        List<CountyAllocation> allocations = FactorMethod.allocate(100, counties, PLAN_FACTORS);

        assertThat(allocations).extracting(CountyAllocation::countyCode, CountyAllocation::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("451227", 33), org.assertj.core.groups.Tuple.tuple("451221", 34),
                        org.assertj.core.groups.Tuple.tuple("451222", 33));
    }

    @Test
    void aLargerPovertyScaleGetsALargerShareAndAHigherIncidenceASmallerOne() {
        List<PlanFactor> scaleOnly = List.of(new PlanFactor(PlanIndicator.POVERTY_SCALE, new BigDecimal("100"),
                PlanFactor.Direction.LARGER_SHARE_WHEN_HIGHER));
        List<PlanFactor> incidenceOnly = List.of(new PlanFactor(PlanIndicator.INCIDENCE, new BigDecimal("100"),
                PlanFactor.Direction.SMALLER_SHARE_WHEN_HIGHER));
        List<CountyIndicators> counties = List.of(new CountyIndicators("451227", indicators(300, 30)),
                new CountyIndicators("451221", indicators(100, 10)));

        assertThat(FactorMethod.allocate(1000, counties, scaleOnly)).extracting(CountyAllocation::target).containsExactly(750, 250);
        assertThat(FactorMethod.allocate(1000, counties, incidenceOnly)).extracting(CountyAllocation::target).containsExactly(250, 750);
    }

    @Test
    void theRegionAllocatesThePlanOnceWithThePolicysWeights() {
        List<CountyIndicators> counties = List.of(new CountyIndicators("451227", indicators(300, 20)),
                new CountyIndicators("451221", indicators(200, 10)));
        fixture.givenNoPriorActivity()
                .when(new AllocateExitPlanCommand(AllocateExitPlanCommand.planIdOf(2016), 2016, 1001, counties, POLICY_ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.predicate(p -> p instanceof ExitPlanAllocatedEvent e
                                        && e.regionalTarget() == 1001 && e.policyVersion() == 1
                                        && e.allocations().stream().mapToInt(CountyAllocation::target).sum() == 1001
                                        && e.allocations().size() == 2),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aCountyWithoutAnIndicatorIsRefusedNamingIt() {
        Map<PlanIndicator, BigDecimal> missing = new EnumMap<>(indicators(100, 10));
        missing.remove(PlanIndicator.FISCAL_REVENUE_PER_HEAD);
        fixture.givenNoPriorActivity()
                .when(new AllocateExitPlanCommand("p", 2016, 10, List.of(new CountyIndicators("451227", missing)), POLICY_ADMIN))
                .expectException(refusedWith(ExitErrorCode.PLAN_INVALID))
                .expectExceptionMessage("The indicator's value is required")
                .expectNoEvents();
    }

    @Test
    void aCodeThatIsNotACountyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AllocateExitPlanCommand("p", 2016, 10, List.of(new CountyIndicators(VILLAGE, indicators(1, 1))), POLICY_ADMIN))
                .expectException(refusedWith(ExitErrorCode.PLAN_INVALID))
                .expectNoEvents();
    }

    @Test
    void onlyARegionPolicyAdministratorAllocates() {
        fixture.givenNoPriorActivity()
                .when(new AllocateExitPlanCommand("p", 2016, 10, List.of(new CountyIndicators("451227", indicators(1, 1))), REGION_OFFICER))
                .expectException(AccessRefusedException.class)
                .expectNoEvents();
    }
}
