package io.jiandang.relapse.relapsecase.adapters.out.persistence;

import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;
import io.jiandang.relapse.relapsecase.domain.OpenCaseRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The registry over table {@code relapse_household_claim}, written in the command's transaction. Two applications
 * for one household at once meet on the primary key: the second waits for the first to commit, then its
 * {@code ON CONFLICT} sees the first's row and leaves it; a refused command rolls its own row back.
 */
@Component
public class JdbcOpenCaseRegistry implements OpenCaseRegistry {

    private final JdbcTemplate jdbc;

    public JdbcOpenCaseRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String householdId, String caseId, String exitId) {
        // a household poor again after an earlier exit may apply again once it has exited anew (another exit id)
        jdbc.update("INSERT INTO relapse_household_claim (household_id, case_id, exit_id, state) VALUES (?, ?, ?, 'OPEN') "
                + "ON CONFLICT (household_id) DO UPDATE SET case_id = EXCLUDED.case_id, exit_id = EXCLUDED.exit_id, "
                + "state = 'OPEN', claimed_at = now() "
                + "WHERE relapse_household_claim.state = 'POOR_AGAIN' "
                + "AND relapse_household_claim.exit_id <> EXCLUDED.exit_id", householdId, caseId, exitId);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT case_id, state FROM relapse_household_claim WHERE household_id = ?", householdId);
        if (rows.isEmpty()) {
            throw new IllegalStateException("claim of household " + householdId + " vanished in its own transaction");
        }
        Map<String, Object> holder = rows.get(0);
        if (caseId.equals(holder.get("case_id"))) {
            return;
        }
        if ("POOR_AGAIN".equals(holder.get("state"))) {
            throw new RelapseException(RelapseErrorCode.HOUSEHOLD_ALREADY_POOR_AGAIN, "The household is poor again "
                    + "since case " + holder.get("case_id") + "; it can relapse again only after a new exit");
        }
        throw new RelapseException(RelapseErrorCode.CASE_ALREADY_OPEN, "The household already has an open relapse "
                + "case " + holder.get("case_id"));
    }

    @Override
    public void release(String householdId, String caseId) {
        jdbc.update("DELETE FROM relapse_household_claim WHERE household_id = ? AND case_id = ? AND state = 'OPEN'",
                householdId, caseId);
    }

    @Override
    public void markPoorAgain(String householdId, String caseId) {
        int updated = jdbc.update("UPDATE relapse_household_claim SET state = 'POOR_AGAIN' "
                + "WHERE household_id = ? AND case_id = ?", householdId, caseId);
        if (updated != 1) {
            throw new IllegalStateException("case " + caseId + " holds no claim on household " + householdId);
        }
    }
}
