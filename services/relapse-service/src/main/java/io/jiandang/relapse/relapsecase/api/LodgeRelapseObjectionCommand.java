package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An objection (异议) to the case, recorded by an officer covering the household while the notice is open. */
public record LodgeRelapseObjectionCommand(@TargetAggregateIdentifier String caseId, String objectionId, String text,
                                           Actor actor) {
}
