package io.jiandang.assistance.povertyclass.application;

import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.household.application.RegisteredHouseholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * Reassesses every registered household under a new policy version, a page at a time, each household's command in
 * a unit of work of its own.
 *
 * <p>Why not in the event handler that sees the publication: there every command joins the processor's unit of
 * work, so a region's households become one transaction holding every class aggregate's lock, and Axon interrupts
 * a unit of work after 60 s. At 1:1000 of Guangxi (1,700 households) that limit was reached on a slow machine; the
 * processor retried from the event, was interrupted again, and held the locks that the registration consumer's
 * assessments waited for, without end. Here the work is resumable from the last page and bounded per command.
 */
public class PovertyClassReassessment {

    static final int PAGE = 200;
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(PovertyClassReassessment.class);

    private final Reassessments reassessments;
    private final RegisteredHouseholds households;
    private final PovertyClassAssessment assessment;
    private final String owner;

    public PovertyClassReassessment(Reassessments reassessments, RegisteredHouseholds households,
                                    PovertyClassAssessment assessment, String owner) {
        this.reassessments = reassessments;
        this.households = households;
        this.assessment = assessment;
        this.owner = owner;
    }

    /**
     * Works through the pending reassessments until none is left (or another instance holds it); answers how many
     * households were assessed. A page that fails gives its reassessment back and the exception goes to the caller:
     * the next run resumes from the last page done.
     */
    public int reassessPending() {
        int assessed = 0;
        while (true) {
            var claimed = reassessments.claim(owner, LEASE);
            if (claimed.isEmpty()) {
                return assessed;
            }
            Reassessments.Reassessment reassessment = claimed.get();
            String last = reassessment.lastHouseholdId();
            int done = 0;
            try {
                while (true) {
                    List<RegisteredHousehold> page = households.registeredAfter(last, PAGE);
                    for (RegisteredHousehold household : page) {
                        if (household.score() != null) {
                            assessment.assess(household, reassessment.reassessmentId(), reassessment.effectiveOn());
                            assessed++;
                        }
                    }
                    done += page.size();
                    if (!page.isEmpty()) {
                        last = page.get(page.size() - 1).householdId();
                    }
                    if (page.size() < PAGE) {
                        reassessments.finish(reassessment.reassessmentId(), owner, last, page.size());
                        log.info("Poverty classes reassessed under policy version {}: {} households in this run",
                                reassessment.policyVersion(), done);
                        break;
                    }
                    reassessments.advance(reassessment.reassessmentId(), owner, last, page.size(), LEASE);
                }
            } catch (RuntimeException e) {
                reassessments.release(reassessment.reassessmentId(), owner);
                throw e;
            }
        }
    }
}
