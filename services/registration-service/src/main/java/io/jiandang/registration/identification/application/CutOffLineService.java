package io.jiandang.registration.identification.application;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.application.HouseholdViews;
import io.jiandang.registration.identification.api.CutOffResult;
import io.jiandang.registration.identification.api.ScoredHousehold;
import io.jiandang.registration.identification.api.SetCutOffLineCommand;
import io.jiandang.registration.policy.domain.PolicyRules;
import io.jiandang.registration.policy.domain.RegistrationPolicies;
import io.jiandang.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Sets a county's cut-off line: gathers the county's surveyed households from the read model and the current
 * policy version, and lets the round decide. The households are those the read model knows when the line is
 * set; a household surveyed a moment earlier and not yet projected waits for the next round.
 */
@Service
public class CutOffLineService {

    private final IdentificationRounds rounds;
    private final HouseholdViews households;
    private final RegistrationPolicies policies;
    private final CommandGateway commands;

    public CutOffLineService(IdentificationRounds rounds, HouseholdViews households, RegistrationPolicies policies,
                             CommandGateway commands) {
        this.rounds = rounds;
        this.households = households;
        this.policies = policies;
        this.commands = commands;
    }

    public CutOffResult setCutOffLine(String roundId, Actor actor, MetaData metaData) {
        IdentificationRoundView round = rounds.find(roundId).orElseThrow(() -> new RegistrationException(
                RegistrationErrorCode.ROUND_NOT_FOUND, "No identification round " + roundId));
        PolicyRules policy = policies.current().orElseThrow(() -> new RegistrationException(
                RegistrationErrorCode.NO_POLICY_PUBLISHED, "No registration policy has been published yet"));
        List<ScoredHousehold> ranked = households.surveyedInCounty(round.countyCode()).stream()
                .map(h -> new ScoredHousehold(h.householdId(), h.villageCode(), h.score(), h.people(),
                        h.policyVersion()))
                .toList();
        return commands.sendAndWait(new SetCutOffLineCommand(roundId, policy.version(), ranked, actor), metaData);
    }
}
