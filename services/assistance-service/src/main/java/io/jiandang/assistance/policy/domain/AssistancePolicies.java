package io.jiandang.assistance.policy.domain;

import java.util.Optional;

/** Port: the published versions of the assistance policy, as the command handlers read them. */
public interface AssistancePolicies {

    /** The latest published version, or empty before the first publication. */
    Optional<PolicyTerms> current();
}
