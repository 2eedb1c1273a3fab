package io.jiandang.contracts.exit;

/**
 * What the verification team (or the county, for a village; the region, for a county) found for one criterion.
 *
 * @param code the criterion's code
 * @param met  whether the criterion is met
 * @param note what was seen (free text, never a personal number)
 */
public record CriterionFinding(String code, boolean met, String note) {
}
