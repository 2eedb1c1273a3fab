package io.jiandang.contracts.registration;

/**
 * An event of the registration context (建档立卡), published on the {@code registration.events} topic.
 *
 * <p>Every event names the division it belongs to so that consumers can apply the jurisdiction rule
 * without looking anything up: a household's village code, a county's code for an identification round,
 * the region's code for a policy.
 */
public interface RegistrationEvent {

    /** The code of the division the fact belongs to (12 digits for a village, 6 for a county or region). */
    String divisionCode();
}
