package io.jiandang.assistance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jiandang.testing.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the assistance service: domain free of Spring and of the outer rings, api free of adapters. */
@AnalyzeClasses(packages = "io.jiandang.assistance", importOptions = ImportOption.DoNotIncludeTests.class)
class AssistanceServiceRingsTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndOuterRings = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();

    @ArchTest
    static final ArchRule apiDoesNotDependOnAdapters = ArchitectureRules.apiDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAPackage("..domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.YearMonth.class, "now")
            .because("business dates come with the command's metadata or the injected Clock");
}
