package io.jiandang.assistance.pairing.domain;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.pairing.api.EndPairingCommand;
import io.jiandang.assistance.pairing.api.PairHouseholdCommand;
import io.jiandang.assistance.pairing.api.RepairHouseholdCommand;
import io.jiandang.assistance.support.Policies;
import io.jiandang.contracts.assistance.HouseholdPairedEvent;
import io.jiandang.contracts.assistance.HouseholdRepairedEvent;
import io.jiandang.contracts.assistance.PairingEndedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.jiandang.assistance.support.AssistanceMatchers.refusedWith;

/** Pairing (一帮一联): the per-cadre limit of the policy, several cadres per household, re-pairing, ending. */
class HouseholdPairingTest {

    private static final String HOUSEHOLD = "h-1";
    private static final String VILLAGE = "451227101201";
    private static final String ID = PairHouseholdCommand.idOf(HOUSEHOLD);
    private static final LocalDate MARCH = LocalDate.parse("2016-03-01");

    private final Map<String, Integer> loads = new HashMap<>();
    private Policies policies = Policies.withLimit(2);
    private FixtureConfiguration<HouseholdPairing> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(HouseholdPairing.class);
        fixture.registerInjectableResource((CadreLoads) cadreId -> loads.getOrDefault(cadreId, 0));
        fixture.registerInjectableResource((io.jiandang.assistance.policy.domain.AssistancePolicies) () -> policies.current());
    }

    private static HouseholdPairedEvent paired(String cadre) {
        return new HouseholdPairedEvent(HOUSEHOLD, VILLAGE, cadre, "同村联系人", MARCH, 1);
    }

    @Test
    void aCadreBelowTheLimitIsPairedWithTheHousehold() {
        loads.put("cadre-a", 1);
        fixture.givenNoPriorActivity()
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "同村联系人", MARCH))
                .expectEvents(paired("cadre-a"));
    }

    @Test
    void aCadreAtThePolicyLimitCannotTakeAnotherHousehold() {
        loads.put("cadre-a", 2);
        fixture.givenNoPriorActivity()
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "同村联系人", MARCH))
                .expectException(AssistanceException.class)
                .expectException(refusedWith(AssistanceErrorCode.CADRE_LIMIT_REACHED))
                .expectNoEvents();
    }

    @Test
    void aHigherLimitInANewPolicyVersionLetsTheCadreTakeMore() {
        loads.put("cadre-a", 2);
        policies = Policies.none().publish(2, 3, "30", "45", "60");
        fixture.givenNoPriorActivity()
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "同村联系人", MARCH))
                .expectEvents(new HouseholdPairedEvent(HOUSEHOLD, VILLAGE, "cadre-a", "同村联系人", MARCH, 2));
    }

    @Test
    void noPairingBeforeAPolicyIsPublished() {
        policies = Policies.none();
        fixture.givenNoPriorActivity()
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "同村联系人", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.NO_POLICY_PUBLISHED));
    }

    @Test
    void aHouseholdMayHaveASecondCadre() {
        fixture.given(paired("cadre-a"))
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-b", "企业帮扶", MARCH))
                .expectEvents(new HouseholdPairedEvent(HOUSEHOLD, VILLAGE, "cadre-b", "企业帮扶", MARCH, 1));
    }

    @Test
    void theSameCadreCannotBePairedTwice() {
        fixture.given(paired("cadre-a"))
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "again", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.ALREADY_PAIRED));
    }

    @Test
    void pairingNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(new PairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", " ", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.REASON_REQUIRED));
    }

    @Test
    void rePairingPassesTheHouseholdToAnotherCadreInOneEvent() {
        LocalDate july = LocalDate.parse("2016-07-01");
        fixture.given(paired("cadre-a"))
                .when(new RepairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "cadre-b", "原帮扶干部调岗", july))
                .expectEvents(new HouseholdRepairedEvent(HOUSEHOLD, VILLAGE, "cadre-a", "cadre-b", "原帮扶干部调岗", july, 1));
    }

    @Test
    void afterRePairingThePreviousCadreIsNoLongerPaired() {
        LocalDate july = LocalDate.parse("2016-07-01");
        fixture.given(paired("cadre-a"),
                        new HouseholdRepairedEvent(HOUSEHOLD, VILLAGE, "cadre-a", "cadre-b", "调岗", july, 1))
                .when(new EndPairingCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "退休", july))
                .expectException(refusedWith(AssistanceErrorCode.NOT_PAIRED));
    }

    @Test
    void rePairingRespectsTheNewCadresLimit() {
        loads.put("cadre-b", 2);
        fixture.given(paired("cadre-a"))
                .when(new RepairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "cadre-b", "调岗", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.CADRE_LIMIT_REACHED))
                .expectNoEvents();
    }

    @Test
    void rePairingFromACadreWhoIsNotPairedIsRefused() {
        fixture.given(paired("cadre-a"))
                .when(new RepairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-x", "cadre-b", "调岗", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.NOT_PAIRED));
    }

    @Test
    void rePairingToTheSameCadreIsRefused() {
        fixture.given(paired("cadre-a"))
                .when(new RepairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "cadre-a", "调岗", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.SAME_CADRE));
    }

    @Test
    void rePairingToACadreAlreadyPairedIsRefused() {
        fixture.given(paired("cadre-a"), paired("cadre-b"))
                .when(new RepairHouseholdCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "cadre-b", "调岗", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.ALREADY_PAIRED));
    }

    @Test
    void endingAPairingNamesTheCadreAndTheReason() {
        LocalDate november = LocalDate.parse("2016-11-30");
        fixture.given(paired("cadre-a"))
                .when(new EndPairingCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "帮扶干部退休", november))
                .expectEvents(new PairingEndedEvent(HOUSEHOLD, VILLAGE, "cadre-a", "帮扶干部退休", november));
    }

    @Test
    void endingAPairingThatDoesNotExistIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new EndPairingCommand(ID, HOUSEHOLD, VILLAGE, "cadre-a", "退休", MARCH))
                .expectException(refusedWith(AssistanceErrorCode.NOT_PAIRED));
    }
}
