package io.jiandang.contracts.relapse;

/**
 * An event of one relapse case. The body carries the household id, so Kafka keys the record by the household
 * (not by the case): a household's relapse, exit and registration events keep their per-household order. The
 * division code is the household's village code.
 */
public interface RelapseCaseEvent extends RelapseEvent {

    /** The RelapseCase aggregate's id (a UUID string). */
    String caseId();

    /** The household's id, the registration context's household id. */
    String householdId();
}
