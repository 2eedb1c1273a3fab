package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The township answers an objection; an upheld objection rejects the case. */
public record AnswerRelapseObjectionCommand(@TargetAggregateIdentifier String caseId, String objectionId,
                                            boolean upheld, String answer, Actor actor) {
}
