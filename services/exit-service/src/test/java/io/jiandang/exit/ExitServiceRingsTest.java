package io.jiandang.exit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jiandang.testing.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the exit service: domain free of Spring and of the outer rings, api free of adapters. */
@AnalyzeClasses(packages = "io.jiandang.exit", importOptions = ImportOption.DoNotIncludeTests.class)
class ExitServiceRingsTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndOuterRings = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();

    @ArchTest
    static final ArchRule apiDoesNotDependOnAdapters = ArchitectureRules.apiDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAPackage("..domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("notice periods and business dates are measured with the injected Clock");
}
