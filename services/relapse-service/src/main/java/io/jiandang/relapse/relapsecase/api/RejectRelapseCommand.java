package io.jiandang.relapse.relapsecase.api;

import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reject the case at the step it has reached, by an officer of that step's level; the case closes. */
public record RejectRelapseCommand(@TargetAggregateIdentifier String caseId, RelapseStep step, String reason,
                                   Actor actor) {
}
