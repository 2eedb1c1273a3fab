package io.jiandang.contracts.relapse;

/**
 * An event of the relapse context (返贫), published on the {@code relapse.events} topic.
 *
 * <p>Every event names the division it belongs to so that consumers can apply the jurisdiction rule without
 * looking anything up: the household's 12-digit village code for a case, the publishing administrator's code
 * for a policy.
 */
public interface RelapseEvent {

    /** The code of the division the fact belongs to. */
    String divisionCode();
}
