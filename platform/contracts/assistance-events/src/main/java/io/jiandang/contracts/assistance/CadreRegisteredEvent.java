package io.jiandang.contracts.assistance;

/**
 * An assistance cadre (帮扶干部) was registered. The cadre's contact (phone) is not in the event: it stays in
 * the assistance service's own table, so that the log carries no phone number.
 *
 * @param cadreId      the cadre's id, the identity provider's user id (the {@code sub} of the cadre's token)
 * @param divisionCode the cadre's jurisdiction: the division whose households the cadre may be paired with
 * @param name         the cadre's name, as it is printed on the household's contact card (联系卡)
 * @param unit         the cadre's unit (派出单位)
 * @param kind         where the cadre comes from
 */
public record CadreRegisteredEvent(String cadreId, String divisionCode, String name, String unit, CadreKind kind)
        implements AssistanceEvent {
}
