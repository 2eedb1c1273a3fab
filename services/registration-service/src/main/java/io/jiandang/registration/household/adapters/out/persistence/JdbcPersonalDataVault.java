package io.jiandang.registration.household.adapters.out.persistence;

import io.jiandang.registration.household.domain.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The vault over table {@code household_key}: one AES-256 key per household, created on first use in the
 * command's transaction (same DataSource as the event store), deleted to erase.
 */
@Component
public class JdbcPersonalDataVault implements PersonalDataVault {

    private final JdbcTemplate jdbc;

    public JdbcPersonalDataVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String encrypt(String householdId, String plaintext) {
        return HouseholdKeyCipher.encrypt(keyOf(householdId).orElseGet(() -> createKey(householdId)), householdId,
                plaintext);
    }

    @Override
    public Optional<String> decrypt(String householdId, String cipher) {
        return keyOf(householdId).map(key -> HouseholdKeyCipher.decrypt(key, householdId, cipher));
    }

    @Override
    public void erase(String householdId) {
        jdbc.update("DELETE FROM household_key WHERE household_id = ?", householdId);
    }

    private Optional<byte[]> keyOf(String householdId) {
        List<byte[]> keys = jdbc.query("SELECT key FROM household_key WHERE household_id = ?",
                (row, n) -> row.getBytes(1), householdId);
        return keys.stream().findFirst();
    }

    private byte[] createKey(String householdId) {
        // a concurrent first use of the same household keeps whichever key was inserted first
        jdbc.update("INSERT INTO household_key (household_id, key) VALUES (?, ?) ON CONFLICT (household_id) DO NOTHING",
                householdId, HouseholdKeyCipher.newKey());
        return keyOf(householdId).orElseThrow(() -> new IllegalStateException("The household key was not stored"));
    }
}
