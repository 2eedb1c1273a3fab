package io.jiandang.relapse.relapsecase.adapters.in.web;

import io.jiandang.contracts.relapse.RelapseCause;
import io.jiandang.contracts.relapse.RelapseStep;
import io.jiandang.contracts.relapse.VillageMeeting;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The request and response bodies of the relapse case endpoints (REST DTOs, kept apart from the commands). */
public final class RelapseRequests {

    private RelapseRequests() {
    }

    public record ApplicationRequest(
            @NotBlank @Size(max = 64) String householdId,
            @NotEmpty @Size(max = 5) List<@NotNull RelapseCause> causes,
            @Schema(description = "the household's current yearly net income per head, yuan")
            @NotNull @DecimalMin("0") BigDecimal netIncomePerHead,
            @Schema(description = "references to the evidence (document ids), never personal numbers")
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence,
            LocalDate effectiveOn) {
    }

    public record CaseCreated(String caseId) {
    }

    public record HomeVerificationRequest(@NotBlank @Size(max = 2000) String findings,
                                          @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> verifiedBy,
                                          LocalDate effectiveOn) {
    }

    public record MeetingRequest(@NotNull LocalDate heldOn, @NotNull @Min(1) Integer entitled,
                                 @NotNull @Min(1) Integer attendees, @NotNull @Min(0) Integer votesFor,
                                 @NotNull @Min(0) Integer votesAgainst) {

        VillageMeeting toMeeting() {
            return new VillageMeeting(heldOn, entitled, attendees, votesFor, votesAgainst);
        }
    }

    public record DeliberationRequest(@NotBlank @Size(max = 2000) String result,
                                      @NotNull @Valid MeetingRequest meeting, LocalDate effectiveOn) {
    }

    public record ReviewRequest(@NotBlank @Size(max = 2000) String review, LocalDate effectiveOn) {
    }

    public record ObjectionRequest(@NotBlank @Size(max = 2000) String text, LocalDate effectiveOn) {
    }

    public record ObjectionCreated(String objectionId) {
    }

    public record AnswerRequest(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String answer,
                                LocalDate effectiveOn) {
    }

    public record NoticeCompletionRequest(@Size(max = 2000) String remark, LocalDate effectiveOn) {
    }

    public record ApprovalRequest(@Schema(description = "the business date the household is poor again from; today "
            + "when absent") LocalDate poorAgainFrom,
                                  @NotBlank @Size(max = 2000) String decision) {
    }

    public record RejectionRequest(@NotNull RelapseStep step, @NotBlank @Size(max = 2000) String reason,
                                   LocalDate effectiveOn) {
    }

    public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason, LocalDate effectiveOn) {
    }
}
