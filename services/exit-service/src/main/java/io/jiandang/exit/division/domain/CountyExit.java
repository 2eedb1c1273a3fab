package io.jiandang.exit.division.domain;

import io.jiandang.contracts.exit.CountyExitedEvent;
import io.jiandang.contracts.exit.ThirdPartyEvaluation;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;
import io.jiandang.exit.common.domain.Checklist;
import io.jiandang.exit.common.domain.IncidenceTest;
import io.jiandang.exit.division.api.AssessCountyExitCommand;
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
 * A poor county's exit (贫困县摘帽) on 九有一低于 and a passed third-party evaluation (严评估). One exit per county
 * and year.
 */
@Aggregate
public class CountyExit {

    public static final String THIRD_PARTY_EVALUATION = "THIRD_PARTY_EVALUATION";

    @AggregateIdentifier
    private String countyExitId;

    protected CountyExit() {
    }

    @CommandHandler
    public CountyExit(AssessCountyExitCommand command, ExitPolicies policies, RegisterFacts facts,
                      DivisionCatalogue divisions) {
        if (command.countyCode() == null
                || divisions.find(command.countyCode()).filter(d -> d.level() == DivisionLevel.COUNTY).isEmpty()) {
            throw ExitException.invalid(ExitErrorCode.DIVISION_NOT_FOUND, "countyCode", "Not a county of the catalogue");
        }
        AccessRules.requireOfficerCovering(command.actor(), command.countyCode(), DivisionLevel.REGION, DivisionLevel.CITY);
        ThirdPartyEvaluation evaluation = command.evaluation();
        if (evaluation == null || evaluation.evaluator() == null || evaluation.evaluator().isBlank()
                || evaluation.reportReference() == null || evaluation.reportReference().isBlank()) {
            throw ExitException.invalid(ExitErrorCode.EVIDENCE_REQUIRED, "evaluation",
                    "The third-party evaluation (evaluator and report) is required");
        }
        ExitPolicy policy = policies.current().orElseThrow(() -> new ExitException(ExitErrorCode.NO_POLICY_PUBLISHED,
                "No exit policy has been published"));
        List<FailedCriterion> failed = new ArrayList<>(Checklist.unmet(policy.countyCriteria(), command.criteria(), "criteria"));
        DivisionFigures figures = facts.figures(command.countyCode());
        IncidenceTest.check(figures, policy.incidenceThresholdPercent()).ifPresent(failed::add);
        if (!evaluation.passed()) {
            failed.add(new FailedCriterion(THIRD_PARTY_EVALUATION, "passed",
                    "not passed by " + evaluation.evaluator() + " (report " + evaluation.reportReference() + ")"));
        }
        if (!failed.isEmpty()) {
            throw new ExitException(ExitErrorCode.EXIT_CRITERIA_NOT_MET,
                    "The county does not meet 九有一低于 (policy version " + policy.version() + ")", failed);
        }
        apply(new CountyExitedEvent(command.countyCode(), command.countyExitId(), command.year(),
                List.copyOf(command.criteria()), figures.ruralPopulation(), figures.poorPeople(),
                figures.incidencePercent(), policy.incidenceThresholdPercent(), policy.version(), evaluation));
    }

    @EventSourcingHandler
    void on(CountyExitedEvent event) {
        countyExitId = event.countyExitId();
    }
}
