package io.jiandang.contracts.exit;

/**
 * An event of the exit context (精准退出, 五严), published on the {@code exit.events} topic.
 *
 * <p>Every event names the division it belongs to so that consumers can apply the jurisdiction rule
 * without looking anything up: a household's village code, a village's or county's own code, the region's
 * code for the yearly plan.
 */
public interface ExitEvent {

    /** The code of the division the fact belongs to (12 digits for a village, 6 for a county or region). */
    String divisionCode();
}
