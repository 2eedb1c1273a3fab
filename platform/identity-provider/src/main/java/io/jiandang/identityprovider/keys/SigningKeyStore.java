package io.jiandang.identityprovider.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The identity provider's RSA signing key. Kept in a folder so that tokens issued before a restart stay valid
 * after it (services cache the JWKS, the demo loader keeps its tokens); without a folder the key lives only
 * as long as the process.
 */
public final class SigningKeyStore {

    static final String FILE_NAME = "signing-key.jwk.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private SigningKeyStore() {
    }

    /** The key stored in {@code folder}, made and stored there first if there is none. */
    public static RSAKey loadOrCreate(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                JWK stored = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!(stored instanceof RSAKey rsaKey) || !rsaKey.isPrivate()) {
                    throw new IllegalStateException(file + " does not hold a private RSA key");
                }
                log.info("Signing with the stored key {} from {}", rsaKey.getKeyID(), folder);
                return rsaKey;
            }
            RSAKey created = generate();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, FILE_NAME, ".partial");
            restrictToOwner(partial);
            Files.writeString(partial, created.toJSONString(), StandardCharsets.UTF_8);
            // a crash mid-write must not leave a half key that the next start would fail to parse
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Signing with the new key {}, stored in {}", created.getKeyID(), folder);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the signing key in " + folder, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK", e);
        }
    }

    /** A key for this process only. */
    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
