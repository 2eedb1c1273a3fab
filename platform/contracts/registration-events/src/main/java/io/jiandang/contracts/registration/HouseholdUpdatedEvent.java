package io.jiandang.contracts.registration;

/**
 * A registered household's data changed in a dynamic update (动态管理), tagged with the update cycle:
 * quarterly small update {@code 2016-Q3} (季度小更新), half-yearly major update {@code 2016-H2} (半年大更新),
 * annual full update {@code 2016-A} (年度全更新).
 *
 * @param cycle  the update cycle
 * @param change what changed
 */
public record HouseholdUpdatedEvent(String householdId, String divisionCode, String cycle,
                                    HouseholdChange change) implements HouseholdEvent {
}
