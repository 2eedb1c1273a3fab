package io.jiandang.registration.household.adapters.out.persistence;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.domain.PersonRegistry;
import io.jiandang.registration.household.domain.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The registry over table {@code person_fingerprint}. Claims are written in the command's transaction: a
 * refused command rolls its claims back. Two transactions claiming the same person at once meet on the primary
 * key; the second waits for the first and then sees its row.
 */
@Component
public class JdbcPersonRegistry implements PersonRegistry {

    private final JdbcTemplate jdbc;
    private final IdFingerprint fingerprint;

    public JdbcPersonRegistry(JdbcTemplate jdbc,
                              @Value("${jiandang.registration.personal-data.fingerprint-secret}") String secret) {
        this.jdbc = jdbc;
        this.fingerprint = new IdFingerprint(secret);
    }

    @Override
    public String fingerprint(ResidentIdNumber idNumber) {
        return fingerprint.of(idNumber.value());
    }

    @Override
    public void claim(String fingerprint, String householdId) {
        jdbc.update("INSERT INTO person_fingerprint (fingerprint, household_id) VALUES (?, ?) "
                + "ON CONFLICT (fingerprint) DO NOTHING", fingerprint, householdId);
        List<String> holders = jdbc.queryForList("SELECT household_id FROM person_fingerprint WHERE fingerprint = ?",
                String.class, fingerprint);
        if (holders.isEmpty() || !holders.get(0).equals(householdId)) {
            throw new RegistrationException(RegistrationErrorCode.PERSON_ALREADY_REGISTERED,
                    "The person is already a member of another household");
        }
    }

    @Override
    public void release(String fingerprint, String householdId) {
        jdbc.update("DELETE FROM person_fingerprint WHERE fingerprint = ? AND household_id = ?", fingerprint,
                householdId);
    }
}
