package io.jiandang.registration.household.adapters.out.persistence;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM with a household's own key. A ciphertext reads {@code v1.<iv>.<ciphertext+tag>} (base64url);
 * the household id is bound as associated data, so a ciphertext copied into another household's event does
 * not decrypt there.
 */
final class HouseholdKeyCipher {

    private static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private HouseholdKeyCipher() {
    }

    static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    static String encrypt(byte[] key, String householdId, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(householdId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return PREFIX + base64.encodeToString(iv) + "." + base64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    static String decrypt(byte[] key, String householdId, String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a v1 ciphertext");
        }
        String[] parts = text.substring(PREFIX.length()).split("\\.", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a v1 ciphertext");
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, base64.decode(parts[0])));
            cipher.updateAAD(householdId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(base64.decode(parts[1])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The ciphertext does not decrypt with this household's key", e);
        }
    }
}
