package io.jiandang.identityprovider.keys;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyStoreTest {

    @Test
    void keyMadeOnFirstStartIsTheKeyOfTheNextStart() throws Exception {
        Path folder = Files.createTempDirectory("signing-keys").resolve("identity-provider");

        RSAKey first = SigningKeyStore.loadOrCreate(folder);
        RSAKey second = SigningKeyStore.loadOrCreate(folder);

        assertThat(first.isPrivate()).isTrue();
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        Path file = folder.resolve(SigningKeyStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void keysWithoutAFolderDifferFromStartToStart() {
        assertThat(SigningKeyStore.generate().getKeyID()).isNotEqualTo(SigningKeyStore.generate().getKeyID());
    }
}
