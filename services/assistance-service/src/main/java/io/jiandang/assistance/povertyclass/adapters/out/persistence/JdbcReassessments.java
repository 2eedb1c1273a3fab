package io.jiandang.assistance.povertyclass.adapters.out.persistence;

import io.jiandang.assistance.povertyclass.application.Reassessments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The reassessments in table {@code poverty_class_reassessment}. Leases use the database's clock, shared by every
 * instance; they are about who works on a page, not about business dates.
 */
@Component
public class JdbcReassessments implements Reassessments {

    private final JdbcTemplate jdbc;

    public JdbcReassessments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void schedule(String reassessmentId, int policyVersion, LocalDate effectiveOn) {
        int inserted = jdbc.update("INSERT INTO poverty_class_reassessment (reassessment_id, policy_version, effective_on) "
                + "VALUES (?, ?, ?) ON CONFLICT (reassessment_id) DO NOTHING", reassessmentId, policyVersion, Date.valueOf(effectiveOn));
        if (inserted == 1) {
            jdbc.update("UPDATE poverty_class_reassessment SET finished_at = now(), superseded_by = ? "
                    + "WHERE finished_at IS NULL AND reassessment_id <> ?", reassessmentId, reassessmentId);
        }
    }

    @Override
    public Optional<Reassessment> claim(String owner, Duration lease) {
        return jdbc.query("UPDATE poverty_class_reassessment SET lease_owner = ?, lease_until = now() + ? * interval '1 millisecond' "
                        + "WHERE reassessment_id = (SELECT reassessment_id FROM poverty_class_reassessment "
                        + "WHERE finished_at IS NULL AND (lease_until IS NULL OR lease_until < now() OR lease_owner = ?) "
                        + "ORDER BY scheduled_at LIMIT 1 FOR UPDATE SKIP LOCKED) "
                        + "RETURNING reassessment_id, policy_version, effective_on, last_household_id",
                (rs, i) -> new Reassessment(rs.getString(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4)),
                owner, lease.toMillis(), owner).stream().findFirst();
    }

    @Override
    public void advance(String reassessmentId, String owner, String lastHouseholdId, int households, Duration lease) {
        requireHeld(jdbc.update("UPDATE poverty_class_reassessment SET last_household_id = ?, households_done = households_done + ?, "
                        + "lease_until = now() + ? * interval '1 millisecond' WHERE reassessment_id = ? AND lease_owner = ? "
                        + "AND finished_at IS NULL", lastHouseholdId, households, lease.toMillis(), reassessmentId, owner),
                reassessmentId, owner);
    }

    @Override
    public void finish(String reassessmentId, String owner, String lastHouseholdId, int households) {
        // superseded meanwhile: already finished, which is as good
        jdbc.update("UPDATE poverty_class_reassessment SET last_household_id = ?, households_done = households_done + ?, "
                + "finished_at = now(), lease_owner = NULL, lease_until = NULL WHERE reassessment_id = ? AND lease_owner = ? "
                + "AND finished_at IS NULL", lastHouseholdId, households, reassessmentId, owner);
    }

    @Override
    public void release(String reassessmentId, String owner) {
        jdbc.update("UPDATE poverty_class_reassessment SET lease_owner = NULL, lease_until = NULL "
                + "WHERE reassessment_id = ? AND lease_owner = ?", reassessmentId, owner);
    }

    private static void requireHeld(int updated, String reassessmentId, String owner) {
        if (updated != 1) {
            // superseded, or the lease ran out and another instance took it: this instance stops working on it
            throw new LeaseLostException("Reassessment " + reassessmentId + " is no longer held by " + owner);
        }
    }

    /** The reassessment was superseded or taken over by another instance while this one worked on it. */
    public static class LeaseLostException extends IllegalStateException {
        LeaseLostException(String message) {
            super(message);
        }
    }
}
