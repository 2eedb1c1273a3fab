package io.jiandang.exit.support;

import io.jiandang.contracts.exit.ExitPolicyPublishedEvent;
import io.jiandang.exit.policy.domain.ExitPolicies;
import io.jiandang.exit.policy.domain.ExitPolicy;

import java.util.Optional;
import java.util.TreeMap;

/** Published policy versions held in memory. */
public final class StubPolicies implements ExitPolicies {

    private final TreeMap<Integer, ExitPolicy> versions = new TreeMap<>();

    public StubPolicies with(ExitPolicyPublishedEvent published) {
        versions.put(published.version(), new ExitPolicy(published));
        return this;
    }

    @Override
    public Optional<ExitPolicy> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    @Override
    public Optional<ExitPolicy> version(int version) {
        return Optional.ofNullable(versions.get(version));
    }
}
