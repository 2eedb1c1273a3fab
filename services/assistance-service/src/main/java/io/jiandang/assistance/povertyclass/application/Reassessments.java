package io.jiandang.assistance.povertyclass.application;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: the reassessments of every registered household's class under a new policy version, kept until done, so
 * that a restart resumes them where they stood.
 */
public interface Reassessments {

    /**
     * Schedules the reassessment caused by a policy publication (again: nothing); a pending one of an older
     * publication is superseded, since every assessment applies the policy current when it runs.
     */
    void schedule(String reassessmentId, int policyVersion, LocalDate effectiveOn);

    /** Claims the oldest pending reassessment not leased by another instance, for {@code lease}. */
    Optional<Reassessment> claim(String owner, Duration lease);

    /** Records a page done up to {@code lastHouseholdId} and renews the lease. */
    void advance(String reassessmentId, String owner, String lastHouseholdId, int households, Duration lease);

    /** Records the last page done and the reassessment finished. */
    void finish(String reassessmentId, String owner, String lastHouseholdId, int households);

    /** Gives a claimed reassessment back (a page failed): another attempt resumes from its last page. */
    void release(String reassessmentId, String owner);

    /**
     * A pending reassessment.
     *
     * @param lastHouseholdId the last household of the pages done, {@code null} before the first
     */
    record Reassessment(String reassessmentId, int policyVersion, LocalDate effectiveOn, String lastHouseholdId) {
    }
}
