package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Step 4, first half: the township's review passed; the public notice (公示) opens for the policy's period. */
public record ReviewAtTownshipCommand(@TargetAggregateIdentifier String caseId, String review, Actor actor) {
}
