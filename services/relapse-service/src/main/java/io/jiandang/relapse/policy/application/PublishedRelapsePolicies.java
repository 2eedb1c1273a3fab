package io.jiandang.relapse.policy.application;

import io.jiandang.contracts.relapse.RelapsePolicyPublishedEvent;

import java.util.Optional;

/** Port: the published relapse policy texts, for showing them. */
public interface PublishedRelapsePolicies {

    /** The latest publication, or empty before the first. */
    Optional<RelapsePolicyPublishedEvent> currentPublication();
}
