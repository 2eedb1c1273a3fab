package io.jiandang.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jiandang.testing.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the reporting service: domain free of Spring and of the outer rings, application free of Spring. */
@AnalyzeClasses(packages = "io.jiandang.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingServiceRingsTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndOuterRings = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();

    @ArchTest
    static final ArchRule apiDoesNotDependOnAdapters = ArchitectureRules.apiDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule applicationIsFreeOfSpringAndAdapters = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "..adapters..")
            .because("statistics, cycles and snapshots are plain code, tested as plain objects");

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAnyPackage("..domain..", "..application..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("as-at dates and deadlines are measured with the injected Clock");
}
