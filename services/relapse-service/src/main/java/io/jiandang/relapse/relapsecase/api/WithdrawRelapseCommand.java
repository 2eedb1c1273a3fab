package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The village withdraws its application while the case is open; the case closes as withdrawn. */
public record WithdrawRelapseCommand(@TargetAggregateIdentifier String caseId, String reason, Actor actor) {
}
