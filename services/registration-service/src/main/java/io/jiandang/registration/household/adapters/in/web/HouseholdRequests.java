package io.jiandang.registration.household.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.jiandang.contracts.registration.HousingCondition;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.registration.household.api.HouseholdUpdate;
import io.jiandang.registration.household.api.SurveyedMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The request bodies of the household endpoints (REST DTOs, kept apart from the commands). */
public final class HouseholdRequests {

    private HouseholdRequests() {
    }

    public record MemberRequest(@Size(max = 60) String name,
                                @NotBlank @ResidentIdNumberFormat String idNumber,
                                @NotNull RelationToHead relationToHead) {

        SurveyedMember toMember() {
            return new SurveyedMember(name, idNumber, relationToHead);
        }

        @Override
        public String toString() {
            return "MemberRequest[relationToHead=" + relationToHead + "]";
        }
    }

    public record SurveyRequest(@NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
                                String villageCode,
                                @NotEmpty @Size(max = 40) List<@NotNull @Valid MemberRequest> members,
                                @NotEmpty Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal>
                                        answers,
                                Set<PovertyCause> causes,
                                Set<PovertyArea> areas,
                                LocalDate effectiveOn) {
    }

    public record SurveyResponse(String householdId, BigDecimal score, int policyVersion) {
    }

    public enum Outcome {
        PASSED, REJECTED
    }

    public record StepRequest(@NotNull RegistrationStep step, @NotNull Outcome outcome,
                              @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }

    public record NoticeRequest(@NotNull RegistrationStep step, LocalDate effectiveOn) {
    }

    public record ObjectionRequest(@NotNull RegistrationStep step, @NotBlank @Size(max = 4000) String text,
                                   LocalDate effectiveOn) {
    }

    public record ObjectionResponse(String objectionId) {
    }

    public record ResolutionRequest(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String reason,
                                    LocalDate effectiveOn) {
    }

    public record VetoRequest(@NotBlank @Size(max = 64) String vetoCode, @NotBlank @Size(max = 4000) String evidence,
                              LocalDate effectiveOn) {
    }

    public record RemovalRequest(@NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }

    public record UpdateRequest(@NotBlank @Pattern(regexp = "\\d{4}-(Q[1-4]|H[12]|A)",
            message = "must be an update cycle such as 2016-Q3, 2016-H2 or 2016-A") String cycle,
                                @NotNull @Valid ChangeRequest change,
                                LocalDate effectiveOn) {
    }

    /** One change of a dynamic update, told apart by {@code kind}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = MemberJoinedRequest.class, name = "MEMBER_JOINED"),
            @JsonSubTypes.Type(value = MemberLeftRequest.class, name = "MEMBER_LEFT"),
            @JsonSubTypes.Type(value = IncomeRequest.class, name = "INCOME"),
            @JsonSubTypes.Type(value = HousingRequest.class, name = "HOUSING"),
            @JsonSubTypes.Type(value = CausesRequest.class, name = "CAUSES")
    })
    public sealed interface ChangeRequest {
        HouseholdUpdate toUpdate();
    }

    public record MemberJoinedRequest(@NotNull @Valid MemberRequest member) implements ChangeRequest {
        @Override
        public HouseholdUpdate toUpdate() {
            return new HouseholdUpdate.JoinMember(member.toMember());
        }
    }

    public record MemberLeftRequest(@NotBlank String memberId, @NotBlank @Size(max = 2000) String reason)
            implements ChangeRequest {
        @Override
        public HouseholdUpdate toUpdate() {
            return new HouseholdUpdate.LeaveMember(memberId, reason);
        }
    }

    public record IncomeRequest(@NotNull @DecimalMin("0") BigDecimal netIncomePerHead) implements ChangeRequest {
        @Override
        public HouseholdUpdate toUpdate() {
            return new HouseholdUpdate.ChangeIncome(netIncomePerHead);
        }
    }

    public record HousingRequest(@NotNull HousingCondition condition) implements ChangeRequest {
        @Override
        public HouseholdUpdate toUpdate() {
            return new HouseholdUpdate.ChangeHousing(condition);
        }
    }

    public record CausesRequest(@NotEmpty Set<@NotNull PovertyCause> causes) implements ChangeRequest {
        @Override
        public HouseholdUpdate toUpdate() {
            return new HouseholdUpdate.ChangeCauses(causes);
        }
    }
}
