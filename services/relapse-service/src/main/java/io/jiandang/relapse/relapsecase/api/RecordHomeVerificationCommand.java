package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Step 2, home verification (入户核验): the verification team confirmed the situation; a township officer records it. */
public record RecordHomeVerificationCommand(@TargetAggregateIdentifier String caseId, String findings,
                                            List<String> verifiedBy, Actor actor) {
}
