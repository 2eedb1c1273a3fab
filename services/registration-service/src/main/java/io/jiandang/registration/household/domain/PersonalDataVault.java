package io.jiandang.registration.household.domain;

import java.util.Optional;

/**
 * Domain port: encrypts a household's personal data (names, ID numbers) with a key of that household's own,
 * kept apart from the events. Erasing the key makes every ciphertext of the household unreadable, wherever
 * the events were copied (crypto-shredding).
 */
public interface PersonalDataVault {

    /** Encrypts with the household's key, creating the key on first use. */
    String encrypt(String householdId, String plaintext);

    /** Decrypts, or empty when the household's key was erased. */
    Optional<String> decrypt(String householdId, String cipher);

    /** Deletes the household's key: its ciphertexts can no longer be read. */
    void erase(String householdId);
}
