package io.jiandang.demo;

import java.util.List;

/**
 * What one run of the loader did.
 *
 * @param waitingInNotice households whose public notice is open and whose notice period has not elapsed
 *                        on the service's clock: the procedure resumes for them once it has
 */
public record LoadReport(boolean policyPublished, int surveyed, int alreadyPresent, int surveyedPeople,
                         String roundId, int povertyScale, double cutOffScore, int candidates,
                         int rejected, int vetoed, List<String> waitingInNotice, RegistrationStep noticeWaitedAt,
                         int registered, int skippedUnknownCandidates) {
}
