package io.jiandang.registration.household.domain;

/**
 * Domain port: who belongs to which household, known only by a keyed hash (fingerprint) of the ID number, so
 * that one person cannot be surveyed into two households while no ID number is kept in clear.
 */
public interface PersonRegistry {

    /** The fingerprint of an ID number: a keyed hash (HMAC-SHA256) of the normalised number, hex. */
    String fingerprint(ResidentIdNumber idNumber);

    /**
     * Records that the person belongs to the household; repeating it for the same household changes nothing.
     *
     * @throws io.jiandang.registration.common.api.RegistrationException PERSON_ALREADY_REGISTERED when the person
     *                                                                    belongs to another household
     */
    void claim(String fingerprint, String householdId);

    /** Frees the person when they leave the household; nothing happens if another household holds them. */
    void release(String fingerprint, String householdId);
}
