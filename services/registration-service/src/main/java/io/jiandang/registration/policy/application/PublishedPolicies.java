package io.jiandang.registration.policy.application;

import io.jiandang.contracts.registration.RegistrationPolicyPublishedEvent;

import java.util.Optional;

/** Port: the published policy texts, for showing them. */
public interface PublishedPolicies {

    /** The latest publication, or empty before the first. */
    Optional<RegistrationPolicyPublishedEvent> currentPublication();
}
