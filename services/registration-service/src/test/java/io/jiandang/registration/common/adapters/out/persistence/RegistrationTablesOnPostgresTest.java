package io.jiandang.registration.common.adapters.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.contracts.registration.IdentificationRoundOpenedEvent;
import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.adapters.out.persistence.JdbcPersonRegistry;
import io.jiandang.registration.household.adapters.out.persistence.JdbcPersonalDataVault;
import io.jiandang.registration.household.domain.ResidentIdNumber;
import io.jiandang.registration.identification.adapters.out.persistence.JdbcIdentificationRounds;
import io.jiandang.registration.identification.application.IdentificationRoundView;
import io.jiandang.registration.policy.adapters.out.persistence.JdbcRegistrationPolicies;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.jiandang.registration.support.RegistrationTestData.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registration tables (Flyway migrations of db/migration/registration) and their JDBC adapters on a real
 * PostgreSQL: the personal-data vault, the person registry (and that a rolled-back command leaves no claim),
 * and the policy and round projections.
 */
@WithInfrastructure
class RegistrationTablesOnPostgresTest {

    private static final String SECRET = "test-fingerprint-secret-of-32-bytes-at-least";
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;
    private static ObjectMapper objectMapper;

    @BeforeAll
    static void migrate() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                infrastructure.postgresJdbcUrl("registration_tables"), infrastructure.postgresUser(),
                infrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/registration")
                .cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/registration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        objectMapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Test
    void aHouseholdsDataDecryptsWithItsKeyUntilTheKeyIsErased() {
        JdbcPersonalDataVault vault = new JdbcPersonalDataVault(jdbc);
        String household = UUID.randomUUID().toString();
        String cipher = vault.encrypt(household, "451227196003050015");
        String secondCipher = vault.encrypt(household, "韦美兰");
        assertThat(cipher).doesNotContain("451227196003050015");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM household_key WHERE household_id = ?", Integer.class,
                household)).isEqualTo(1);
        assertThat(vault.decrypt(household, cipher)).contains("451227196003050015");
        assertThat(vault.decrypt(household, secondCipher)).contains("韦美兰");

        vault.erase(household);

        assertThat(vault.decrypt(household, cipher)).isEmpty();
    }

    @Test
    void onePersonBelongsToOneHousehold() {
        JdbcPersonRegistry registry = new JdbcPersonRegistry(jdbc, SECRET);
        String fingerprint = registry.fingerprint(ResidentIdNumber.parse("451227196208170029", LocalDate.now()));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        registry.claim(fingerprint, first);
        registry.claim(fingerprint, first);
        assertThatThrownBy(() -> registry.claim(fingerprint, second))
                .isInstanceOfSatisfying(RegistrationException.class,
                        e -> assertThat(e.code()).isEqualTo(RegistrationErrorCode.PERSON_ALREADY_REGISTERED));

        registry.release(fingerprint, second);
        assertThatThrownBy(() -> registry.claim(fingerprint, second)).isInstanceOf(RegistrationException.class);
        registry.release(fingerprint, first);
        registry.claim(fingerprint, second);
    }

    @Test
    void aRefusedCommandLeavesNoClaimBehind() {
        JdbcPersonRegistry registry = new JdbcPersonRegistry(jdbc, SECRET);
        String fingerprint = registry.fingerprint(ResidentIdNumber.parse("451227198501010031", LocalDate.now()));
        String household = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            registry.claim(fingerprint, household);
            throw new RegistrationException(RegistrationErrorCode.INVALID_ID_NUMBER, "a later member is invalid");
        })).isInstanceOf(RegistrationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_fingerprint WHERE fingerprint = ?", Integer.class,
                fingerprint)).isZero();
    }

    @Test
    void thePublishedPolicyIsReadBackAsTheCurrentOne() throws Exception {
        JdbcRegistrationPolicies policies = new JdbcRegistrationPolicies(jdbc, objectMapper);
        for (int version = 1; version <= 2; version++) {
            handle(policies, new RegistrationPolicyPublishedEvent("registration-policy", "450000", version,
                    POLICY.indicators(), POLICY.vetoRules(), 7 + version, Map.of("EXTREME", new BigDecimal("20")),
                    Instant.parse("2015-09-01T08:00:00Z")));
        }
        assertThat(policies.current()).hasValueSatisfying(rules -> {
            assertThat(rules.version()).isEqualTo(2);
            assertThat(rules.noticePeriodDays()).isEqualTo(9);
            assertThat(rules.vetoRule("PUBLIC_PAYROLL")).isPresent();
        });
        assertThat(policies.version(1)).hasValueSatisfying(rules -> assertThat(rules.noticePeriodDays()).isEqualTo(8));
        assertThat(policies.currentPublication()).hasValueSatisfying(
                event -> assertThat(event.publishedAt()).isEqualTo(Instant.parse("2015-09-01T08:00:00Z")));
    }

    @Test
    void aRoundShowsItsLineOnceSet() throws Exception {
        JdbcIdentificationRounds rounds = new JdbcIdentificationRounds(jdbc, objectMapper);
        handle(rounds, new IdentificationRoundOpenedEvent("451227-2015", "451227", 2015, 10));
        assertThat(rounds.find("451227-2015")).hasValueSatisfying(round -> {
            assertThat(round.povertyScale()).isEqualTo(10);
            assertThat(round.cutOffScore()).isNull();
        });
        handle(rounds, new CutOffLineSetEvent("451227-2015", "451227", 10, new BigDecimal("20.50"),
                List.of("a", "b"), 9, 5, 1));
        IdentificationRoundView round = rounds.find("451227-2015").orElseThrow();
        assertThat(round.cutOffScore()).isEqualByComparingTo("20.5");
        assertThat(round.candidateHouseholds()).containsExactly("a", "b");
        assertThat(round.candidatePeople()).isEqualTo(9);
        assertThat(rounds.find("451227-1999")).isEmpty();
    }

    /** Calls the projection's package-private event handler as Axon would. */
    private static void handle(Object projection, Object event) throws Exception {
        Method handler = projection.getClass().getDeclaredMethod("on", event.getClass());
        handler.setAccessible(true);
        handler.invoke(projection, event);
    }
}
