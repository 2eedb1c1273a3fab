package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Step 4, second half: the notice is over and every objection is answered; a township officer passes the step
 * to the county.
 */
public record CompleteRelapseNoticeCommand(@TargetAggregateIdentifier String caseId, String remark, Actor actor) {
}
