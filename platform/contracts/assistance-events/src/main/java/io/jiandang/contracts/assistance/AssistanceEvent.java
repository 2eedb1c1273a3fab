package io.jiandang.contracts.assistance;

/**
 * An event of the assistance context (一帮一联, 一户一册一卡), published on the {@code assistance.events} topic.
 *
 * <p>Every event names the division it belongs to so that consumers can apply the jurisdiction rule
 * without looking anything up: a household's village code, a cadre's jurisdiction, the region's code for a
 * policy. No event carries a phone number or an ID number: a cadre's contact stays in the service's own
 * table, outside the log.
 */
public interface AssistanceEvent {

    /** The code of the division the fact belongs to (12 digits for a village, 6 for a county or region). */
    String divisionCode();
}
