package io.jiandang.contracts.registration;

/**
 * A household member as events carry it: no personal data in clear. The name and the resident ID number are
 * encrypted with the household's own key (deleting that key erases them from every copy of the log); the
 * fingerprint, a keyed hash (HMAC-SHA256) of the normalised ID number, finds the person again and stops one
 * person being registered in two households.
 *
 * @param memberId       the member's id within the household ("1", "2", ...)
 * @param nameCipher     the encrypted name, or {@code null} when no name was given
 * @param idNumberCipher the encrypted resident ID number (身份证号)
 * @param idFingerprint  the keyed hash of the ID number, hex
 * @param relationToHead the member's relation to the head of the household
 * @param birthYear      the year of birth taken from the ID number
 * @param sex            the sex taken from the ID number
 */
public record ProtectedMember(String memberId, String nameCipher, String idNumberCipher, String idFingerprint,
                              RelationToHead relationToHead, int birthYear, Sex sex) {
}
