package io.jiandang.relapse;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jiandang.testing.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the relapse service: domain free of Spring and of the outer rings, api free of adapters. */
@AnalyzeClasses(packages = "io.jiandang.relapse", importOptions = ImportOption.DoNotIncludeTests.class)
class RelapseServiceRingsTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndOuterRings = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();

    @ArchTest
    static final ArchRule apiDoesNotDependOnAdapters = ArchitectureRules.apiDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAPackage("..domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("notice periods and step deadlines are measured with the injected Clock");
}
