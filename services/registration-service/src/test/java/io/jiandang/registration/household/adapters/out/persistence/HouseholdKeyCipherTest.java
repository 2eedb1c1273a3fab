package io.jiandang.registration.household.adapters.out.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM per household: round trip, no plaintext in the ciphertext, bound to the household and its key. */
class HouseholdKeyCipherTest {

    private static final String ID = "451227196003050015";

    @Test
    void whatIsEncryptedWithAHouseholdsKeyDecryptsWithIt() {
        byte[] key = HouseholdKeyCipher.newKey();
        String cipher = HouseholdKeyCipher.encrypt(key, "h1", ID);
        assertThat(cipher).startsWith("v1.").doesNotContain(ID).doesNotContain("0015");
        assertThat(HouseholdKeyCipher.decrypt(key, "h1", cipher)).isEqualTo(ID);
        assertThat(key).hasSize(32);
    }

    @Test
    void theSamePlaintextEncryptsDifferentlyEachTime() {
        byte[] key = HouseholdKeyCipher.newKey();
        assertThat(HouseholdKeyCipher.encrypt(key, "h1", ID)).isNotEqualTo(HouseholdKeyCipher.encrypt(key, "h1", ID));
    }

    @Test
    void anotherKeyOrAnotherHouseholdCannotDecrypt() {
        byte[] key = HouseholdKeyCipher.newKey();
        String cipher = HouseholdKeyCipher.encrypt(key, "h1", ID);
        assertThatThrownBy(() -> HouseholdKeyCipher.decrypt(HouseholdKeyCipher.newKey(), "h1", cipher))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HouseholdKeyCipher.decrypt(key, "h2", cipher))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(ID);
    }
}
