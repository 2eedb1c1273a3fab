package io.jiandang.registration.household.adapters.out.persistence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdFingerprintTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

    @Test
    void theSamePersonHasTheSameFingerprintAndOthersDiffer() {
        IdFingerprint fingerprint = new IdFingerprint(SECRET);
        String first = fingerprint.of("451227196003050015");
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("451227");
        assertThat(fingerprint.of("451227196003050015")).isEqualTo(first);
        assertThat(fingerprint.of("451227196208170029")).isNotEqualTo(first);
    }

    @Test
    void theFingerprintDependsOnTheSecretSoItCannotBeRecomputedWithoutIt() {
        assertThat(new IdFingerprint(SECRET + "x").of("451227196003050015"))
                .isNotEqualTo(new IdFingerprint(SECRET).of("451227196003050015"));
    }

    @Test
    void aShortSecretIsRefusedAtStartup() {
        assertThatThrownBy(() -> new IdFingerprint("short")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new IdFingerprint(null)).isInstanceOf(IllegalStateException.class);
    }
}
