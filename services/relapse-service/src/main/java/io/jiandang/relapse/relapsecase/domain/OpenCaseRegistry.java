package io.jiandang.relapse.relapsecase.domain;

/**
 * Domain port: which household has an open relapse case, and which is poor again since which exit. Written in the
 * command's transaction, so two applications for one household at once cannot both succeed, and a refused command
 * leaves no claim behind.
 */
public interface OpenCaseRegistry {

    /**
     * Records the case as the household's one open case, against the exit it follows.
     *
     * @throws io.jiandang.relapse.common.api.RelapseException CASE_ALREADY_OPEN when another case of the household
     *                                                         is open; HOUSEHOLD_ALREADY_POOR_AGAIN when a case
     *                                                         against the same exit was approved
     */
    void claim(String householdId, String caseId, String exitId);

    /** Frees the household when its case closes without approval (rejected, withdrawn). */
    void release(String householdId, String caseId);

    /** Records that the case was approved: the household is poor again until a new exit. */
    void markPoorAgain(String householdId, String caseId);
}
