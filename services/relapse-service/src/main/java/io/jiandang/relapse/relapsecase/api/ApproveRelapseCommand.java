package io.jiandang.relapse.relapsecase.api;

import io.jiandang.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Step 5, county approval and announcement (县级审定公告): the household is poor again from {@code poorAgainFrom}
 * (today by the service clock when absent).
 */
public record ApproveRelapseCommand(@TargetAggregateIdentifier String caseId, LocalDate poorAgainFrom,
                                    String decision, Actor actor) {
}
