package io.jiandang.registration.household.application;

import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.Sex;

/**
 * A member as shown: the name (decrypted, or {@code null} once the household's key is erased) and the ID
 * number masked like {@code 4512**********1234} (see {@code ResidentIdNumber.mask}).
 */
public record MemberView(String memberId, String name, String idNumberMasked, RelationToHead relationToHead,
                         int birthYear, Sex sex) {
}
