package io.jiandang.assistance.cadre.api;

import io.jiandang.contracts.assistance.CadreKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register an assistance cadre (帮扶干部). The cadre's contact is not part of the command: it is kept outside
 * the event log (see the cadre registry).
 *
 * @param cadreId      the cadre's user id at the identity provider
 * @param divisionCode the cadre's jurisdiction
 */
public record RegisterCadreCommand(@TargetAggregateIdentifier String cadreId, String divisionCode, String name,
                                   String unit, CadreKind kind) {
}
