package io.jiandang.assistance.policy.application;

import io.jiandang.contracts.assistance.AssistancePolicyPublishedEvent;

import java.util.Optional;

/** Port: the published policy texts, for showing them. */
public interface PublishedAssistancePolicies {

    /** The latest publication, or empty before the first. */
    Optional<AssistancePolicyPublishedEvent> currentPublication();
}
