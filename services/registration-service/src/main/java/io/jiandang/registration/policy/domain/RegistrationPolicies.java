package io.jiandang.registration.policy.domain;

import java.util.Optional;

/**
 * Domain port: the published versions of the registration policy. Command handlers take it as a parameter;
 * an adapter keeps it current from {@code RegistrationPolicyPublishedEvent} in the publishing transaction.
 */
public interface RegistrationPolicies {

    /** The latest published version, or empty before the first. */
    Optional<PolicyRules> current();

    /** A given version, or empty when it was never published. */
    Optional<PolicyRules> version(int version);
}
