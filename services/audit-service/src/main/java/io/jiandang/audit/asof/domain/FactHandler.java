package io.jiandang.audit.asof.domain;

/** What one type of fact does to a household's state in the reconstruction. */
@FunctionalInterface
public interface FactHandler {

    void apply(WorkingState state, Fact fact);
}
