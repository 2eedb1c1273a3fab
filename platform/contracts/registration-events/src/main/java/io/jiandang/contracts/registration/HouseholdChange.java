package io.jiandang.contracts.registration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One change to a registered household's data, told apart in JSON by {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = HouseholdChange.MemberJoined.class, name = "MEMBER_JOINED"),
        @JsonSubTypes.Type(value = HouseholdChange.MemberLeft.class, name = "MEMBER_LEFT"),
        @JsonSubTypes.Type(value = HouseholdChange.IncomeChanged.class, name = "INCOME"),
        @JsonSubTypes.Type(value = HouseholdChange.HousingChanged.class, name = "HOUSING"),
        @JsonSubTypes.Type(value = HouseholdChange.CausesChanged.class, name = "CAUSES")
})
public sealed interface HouseholdChange {

    /** A person joined the household (birth, marriage, ...). */
    record MemberJoined(ProtectedMember member) implements HouseholdChange {
    }

    /** A member left the household (death, marriage, moving away, ...). */
    record MemberLeft(String memberId, String reason) implements HouseholdChange {
    }

    /** The household's yearly net income per head, in yuan (人均纯收入). */
    record IncomeChanged(BigDecimal netIncomePerHead) implements HouseholdChange {
    }

    /** The household's housing was assessed again. */
    record HousingChanged(HousingCondition condition) implements HouseholdChange {
    }

    /** The causes of poverty were assessed again; the set replaces the previous one. */
    record CausesChanged(Set<PovertyCause> causes) implements HouseholdChange {
    }
}
