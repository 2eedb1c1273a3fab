package io.jiandang.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Reusable ArchUnit rules for the rings of a service ({@code api}, {@code domain}, {@code application},
 * {@code adapters}, {@code config}). Use them from a test:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.jiandang.registration", importOptions = ImportOption.DoNotIncludeTests.class)
 * class RegistrationArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchRule domain = ArchitectureRules.domainIsFreeOfSpringAndOuterRings();
 *     &#64;ArchTest
 *     static final ArchRule api = ArchitectureRules.apiDoesNotDependOnAdapters();
 * }
 * </pre>
 * Both rules pass on a code base that has no such package yet.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Domain code (aggregates, policies, value objects) uses no Spring class and nothing of the outer rings. */
    public static ArchRule domainIsFreeOfSpringAndOuterRings() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "..adapters..", "..application..", "..config..")
                .because("domain code decides without a framework and knows nothing of how it is called or stored")
                .allowEmptyShould(true);
    }

    /** The api ring (commands, queries, errors) is what callers see; it must not drag adapters along. */
    public static ArchRule apiDoesNotDependOnAdapters() {
        return noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..adapters..")
                .because("commands, queries and errors are the service's contract, independent of its adapters")
                .allowEmptyShould(true);
    }
}
