package io.jiandang.assistance.povertyclass.adapters.out.persistence;

import io.jiandang.assistance.povertyclass.application.Reassessments;
import io.jiandang.testing.TestInfrastructure;
import io.jiandang.testing.WithInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reassessments table (db/migration/assistance) on a real PostgreSQL: one instance at a time works on a
 * reassessment, a lease that ran out can be taken over, a newer publication supersedes a pending one, and a
 * redelivered publication schedules nothing again.
 */
@WithInfrastructure
class ReassessmentLeasesOnPostgresTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private JdbcTemplate jdbc;
    private JdbcReassessments reassessments;

    @BeforeEach
    void migrate() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                infrastructure.postgresJdbcUrl("assistance_reassessments"), infrastructure.postgresUser(),
                infrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/assistance")
                .cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/assistance").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        reassessments = new JdbcReassessments(jdbc);
    }

    @Test
    void aClaimedReassessmentIsNotClaimedByAnotherInstanceWhileItsLeaseRuns() {
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));

        assertThat(reassessments.claim("instance-a", LEASE)).map(Reassessments.Reassessment::reassessmentId).contains("publication-1");
        assertThat(reassessments.claim("instance-b", LEASE)).isEmpty();
        assertThat(reassessments.claim("instance-a", LEASE)).as("its holder resumes it").isPresent();
    }

    @Test
    void aReassessmentWhoseLeaseRanOutIsTakenOverFromItsLastPage() {
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));
        reassessments.claim("instance-a", LEASE);
        reassessments.advance("publication-1", "instance-a", "h-0199", 200, LEASE);
        jdbc.update("UPDATE poverty_class_reassessment SET lease_until = now() - interval '1 second'");

        var taken = reassessments.claim("instance-b", LEASE);

        assertThat(taken).map(Reassessments.Reassessment::lastHouseholdId).contains("h-0199");
        assertThatThrownBy(() -> reassessments.advance("publication-1", "instance-a", "h-0399", 200, LEASE))
                .as("the instance that lost the lease stops").isInstanceOf(JdbcReassessments.LeaseLostException.class);
    }

    @Test
    void aFinishedOrReleasedReassessmentIsClaimedAccordingly() {
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));
        reassessments.claim("instance-a", LEASE);
        reassessments.release("publication-1", "instance-a");
        assertThat(reassessments.claim("instance-b", LEASE)).as("given back after a failed page").isPresent();

        reassessments.finish("publication-1", "instance-b", "h-0042", 43);

        assertThat(reassessments.claim("instance-a", LEASE)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT households_done FROM poverty_class_reassessment", Integer.class)).isEqualTo(43);
    }

    @Test
    void aNewerPublicationSupersedesAPendingOneAndARedeliveryChangesNothing() {
        reassessments.schedule("publication-1", 2, LocalDate.parse("2017-01-01"));
        reassessments.schedule("publication-2", 3, LocalDate.parse("2018-01-01"));
        reassessments.claim("instance-a", LEASE);
        reassessments.finish("publication-2", "instance-a", null, 0);

        reassessments.schedule("publication-2", 3, LocalDate.parse("2018-01-01"));

        assertThat(reassessments.claim("instance-a", LEASE)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT superseded_by FROM poverty_class_reassessment WHERE reassessment_id = 'publication-1'",
                String.class)).isEqualTo("publication-2");
    }
}
