package io.jiandang.exit.division.domain;

import io.jiandang.contracts.exit.VillageExitedEvent;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.common.domain.Checklist;
import io.jiandang.exit.common.domain.IncidenceTest;
import io.jiandang.exit.division.api.AssessVillageExitCommand;
import io.jiandang.exit.facts.domain.DivisionFigures;
import io.jiandang.exit.facts.domain.RegisterFacts;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;
import io.jiandang.security.AccessRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A poor village's exit (贫困村退出) on 十一有一低于: the eleven "haves" of the policy found met by the county and
 * the incidence, computed from the register, below the threshold. One exit per village and year.
 */
@Aggregate
public class VillageExit {

    @AggregateIdentifier
    private String villageExitId;

    protected VillageExit() {
    }

    @CommandHandler
    public VillageExit(AssessVillageExitCommand command, ExitPolicies policies, RegisterFacts facts,
                       DivisionCatalogue divisions) {
        if (command.villageCode() == null
                || divisions.find(command.villageCode()).filter(d -> d.level() == DivisionLevel.VILLAGE).isEmpty()) {
            throw ExitException.invalid(ExitErrorCode.DIVISION_NOT_FOUND, "villageCode", "Not a village of the catalogue");
        }
        AccessRules.requireOfficerCovering(command.actor(), command.villageCode(), DivisionLevel.COUNTY);
        ExitPolicy policy = policies.current().orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED,
                "No exit policy has been published"));
        List<FailedCriterion> failed = new ArrayList<>(Checklist.unmet(policy.villageCriteria(), command.criteria(), "criteria"));
        DivisionFigures figures = facts.figures(command.villageCode());
        IncidenceTest.check(figures, policy.incidenceThresholdPercent()).ifPresent(failed::add);
        if (!failed.isEmpty()) {
            throw new ExitException(ExitErrorCode.EXIT_CRITERIA_NOT_MET,
                    "The village does not meet 十一有一低于 (policy version " + policy.version() + ")", failed);
        }
        apply(new VillageExitedEvent(command.villageCode(), command.villageExitId(), command.year(),
                List.copyOf(command.criteria()), figures.ruralPopulation(), figures.poorPeople(),
                figures.incidencePercent(), policy.incidenceThresholdPercent(), policy.version()));
    }

    @EventSourcingHandler
    void on(VillageExitedEvent event) {
        villageExitId = event.villageExitId();
    }
}
