package io.jiandang.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    private static final String FIXTURES = "io.jiandang.testing.architecture.fixture.";

    @Test
    void domainRuleAcceptsDomainCodeWithoutSpringOrOuterRings() {
        assertThat(ArchitectureRules.domainIsFreeOfSpringAndOuterRings().evaluate(fixture("tidy")).hasViolation())
                .isFalse();
    }

    @Test
    void domainRuleRejectsDomainCodeThatUsesSpring() {
        assertThat(ArchitectureRules.domainIsFreeOfSpringAndOuterRings().evaluate(fixture("springy")).hasViolation())
                .isTrue();
    }

    @Test
    void domainRuleRejectsDomainCodeThatReachesIntoAdapters() {
        assertThat(ArchitectureRules.domainIsFreeOfSpringAndOuterRings().evaluate(fixture("leaky")).getFailureReport()
                .getDetails()).anyMatch(line -> line.contains("LeakyAggregate") && line.contains("LeakyRepository"));
    }

    @Test
    void apiRuleAcceptsAnApiThatOnlyKnowsTheDomain() {
        assertThat(ArchitectureRules.apiDoesNotDependOnAdapters().evaluate(fixture("tidy")).hasViolation()).isFalse();
    }

    @Test
    void apiRuleRejectsAnApiThatDependsOnAdapters() {
        assertThat(ArchitectureRules.apiDoesNotDependOnAdapters().evaluate(fixture("leaky")).getFailureReport()
                .getDetails()).anyMatch(line -> line.contains("LeakyQuery"));
    }

    @Test
    void rulesPassOnCodeWithoutDomainOrApiPackages() {
        JavaClasses none = new ClassFileImporter().importPackages(FIXTURES + "nothing");
        assertThat(ArchitectureRules.domainIsFreeOfSpringAndOuterRings().evaluate(none).hasViolation()).isFalse();
        assertThat(ArchitectureRules.apiDoesNotDependOnAdapters().evaluate(none).hasViolation()).isFalse();
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }
}
