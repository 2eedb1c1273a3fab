package io.jiandang.relapse.policy.domain;

import java.util.Optional;

/**
 * Domain port: the published versions of the relapse policy. Command handlers take it as a parameter; an adapter
 * keeps it current from {@code RelapsePolicyPublishedEvent} in the publishing transaction.
 */
public interface RelapsePolicies {

    /** The latest published version, or empty before the first. */
    Optional<RelapsePolicyRules> current();

    /** A given version, or empty when it was never published. */
    Optional<RelapsePolicyRules> version(int version);
}
