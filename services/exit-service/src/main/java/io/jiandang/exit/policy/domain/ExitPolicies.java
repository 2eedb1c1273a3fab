package io.jiandang.exit.policy.domain;

import java.util.Optional;

/** The published exit policy versions, as the command handlers read them. */
public interface ExitPolicies {

    /** The latest published version. */
    Optional<ExitPolicy> current();

    Optional<ExitPolicy> version(int version);
}
