package io.jiandang.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jiandang.testing.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the audit service, and the log's append-only rule: only the appender writes to it. */
@AnalyzeClasses(packages = "io.jiandang.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class AuditServiceRingsTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndOuterRings = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();

    @ArchTest
    static final ArchRule apiDoesNotDependOnAdapters = ArchitectureRules.apiDoesNotDependOnAdapters();

    @ArchTest
    static final ArchRule domainNeverReadsTheSystemClock = noClasses().that().resideInAPackage("..domain..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("as-of dates and knowledge times are parameters, never the system clock");

    @ArchTest
    static final ArchRule onlyTheAppenderAppendsToTheLog = noClasses()
            .that().doNotHaveSimpleName("AuditLogAppender")
            .should().callMethod(io.jiandang.audit.log.application.AuditLog.class, "append",
                    io.jiandang.audit.log.domain.LogEntry.class)
            .because("the log is append-only and its chain has one head: every write goes through the appender");
}
