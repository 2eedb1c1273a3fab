package io.jiandang.assistance.income.api;

import io.jiandang.contracts.assistance.Signatory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sign an income entry: the paired cadre for themself, or the household's signature recorded by the one who saw
 * it given on the paper register, with the reference of the signed page's scan.
 *
 * @param recordedBy        the user who signed (the cadre) or recorded the household's signature
 * @param evidenceReference required for a household signature, absent for the cadre's
 */
public record SignIncomeEntryCommand(@TargetAggregateIdentifier String registerId, String entryId,
                                     Signatory signatory, String recordedBy, String evidenceReference) {
}
