package io.jiandang.relapse.relapsecase.api;

import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * Step 1, relapse application (返贫申请): a village officer applies for an exited household, with the causes, the
 * household's current yearly net income per head and references to the evidence. Answered with the case id.
 */
public record ApplyForRelapseCommand(@TargetAggregateIdentifier String caseId, String householdId,
                                     List<RelapseCause> causes, BigDecimal netIncomePerHead, List<String> evidence,
                                     Actor actor) {
}
