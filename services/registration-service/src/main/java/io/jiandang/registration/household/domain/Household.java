package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.HouseholdChange;
import io.jiandang.contracts.registration.HouseholdNominatedAsCandidateEvent;
import io.jiandang.contracts.registration.HouseholdRegisteredEvent;
import io.jiandang.contracts.registration.HouseholdRemovedEvent;
import io.jiandang.contracts.registration.HouseholdSurveyedEvent;
import io.jiandang.contracts.registration.HouseholdUpdatedEvent;
import io.jiandang.contracts.registration.HouseholdVetoedEvent;
import io.jiandang.contracts.registration.NoticeOpenedEvent;
import io.jiandang.contracts.registration.ObjectionLodgedEvent;
import io.jiandang.contracts.registration.ObjectionResolvedEvent;
import io.jiandang.contracts.registration.PovertyArea;
import io.jiandang.contracts.registration.PovertyCause;
import io.jiandang.contracts.registration.ProtectedMember;
import io.jiandang.contracts.registration.RegistrationRejectedEvent;
import io.jiandang.contracts.registration.RegistrationStep;
import io.jiandang.contracts.registration.RegistrationStepPassedEvent;
import io.jiandang.contracts.registration.RelationToHead;
import io.jiandang.contracts.registration.VetoRule;
import io.jiandang.contracts.registration.VetoScope;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.household.api.HouseholdStatus;
import io.jiandang.registration.household.api.HouseholdUpdate;
import io.jiandang.registration.household.api.LodgeObjectionCommand;
import io.jiandang.registration.household.api.NominateCandidateCommand;
import io.jiandang.registration.household.api.OpenNoticeCommand;
import io.jiandang.registration.household.api.PassRegistrationStepCommand;
import io.jiandang.registration.household.api.RejectRegistrationCommand;
import io.jiandang.registration.household.api.RemoveHouseholdCommand;
import io.jiandang.registration.household.api.ResolveObjectionCommand;
import io.jiandang.registration.household.api.SurveyHouseholdCommand;
import io.jiandang.registration.household.api.SurveyOutcome;
import io.jiandang.registration.household.api.SurveyedMember;
import io.jiandang.registration.household.api.UpdateHouseholdCommand;
import io.jiandang.registration.household.api.VetoHouseholdCommand;
import io.jiandang.registration.policy.domain.PolicyRules;
import io.jiandang.registration.policy.domain.RegistrationPolicies;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A household (户): surveyed and scored, nominated when below its county's cut-off line, taken through the
 * procedure 两入户、两评议、两审核、两公示、一公告 to registration (建档立卡), vetoed (一票否决), kept current by dynamic
 * updates (动态管理) and removed (剔除).
 *
 * <p>Every command names its actor; the aggregate checks the actor's role, level and jurisdiction itself, so
 * that no entry point can skip them. ID numbers arrive in clear in commands and leave only encrypted (with the
 * household's own key, {@link PersonalDataVault}) and fingerprinted ({@link PersonRegistry}).
 */
@Aggregate
public class Household {

    @AggregateIdentifier
    private String householdId;
    private String villageCode;
    private HouseholdStatus status;
    private BigDecimal score;
    private int policyVersion;
    /** memberId → ID fingerprint, in order of joining. */
    private final Map<String, String> members = new LinkedHashMap<>();
    private int lastMemberOrdinal;
    private int passedSteps;
    private OpenNotice openNotice;
    private final Map<String, Objection> objections = new HashMap<>();

    private record OpenNotice(RegistrationStep step, Instant closesAt) {
    }

    private record Objection(RegistrationStep step, boolean resolved) {
    }

    protected Household() {
        // for Axon
    }

    // ---- survey -------------------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public SurveyOutcome handle(SurveyHouseholdCommand command, PersonalDataVault vault, PersonRegistry registry,
                                RegistrationPolicies policies, Clock clock) {
        AccessRules.requireOfficerCovering(command.actor(), command.villageCode(), DivisionLevel.VILLAGE,
                DivisionLevel.TOWNSHIP);
        if (command.villageCode() == null || !command.villageCode().matches("\\d{12}")) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_VILLAGE_CODE,
                    "A village code has 12 digits", "villageCode", "VILLAGE_CODE");
        }
        PolicyRules policy = policies.current().orElseThrow(Household::noPolicy);
        BigDecimal householdScore = policy.score(command.answers());
        List<SurveyedMember> surveyed = command.members() == null ? List.of() : command.members();
        long heads = surveyed.stream().filter(m -> m.relationToHead() == RelationToHead.HEAD).count();
        if (heads != 1) {
            throw new RegistrationException(RegistrationErrorCode.HOUSEHOLD_HEAD_REQUIRED,
                    "A household has exactly one head (户主)", "members", "ONE_HEAD");
        }
        LocalDate today = LocalDate.now(clock);
        List<ResidentIdNumber> ids = new ArrayList<>();
        Set<ResidentIdNumber> seen = new HashSet<>();
        for (int i = 0; i < surveyed.size(); i++) {
            ResidentIdNumber id = checkedMember(surveyed.get(i), "members[" + i + "]", today);
            if (!seen.add(id)) {
                throw new RegistrationException(RegistrationErrorCode.DUPLICATE_MEMBER,
                        "The same person is listed twice", "members[" + i + "].idNumber", "DISTINCT_PERSONS");
            }
            ids.add(id);
        }
        List<ProtectedMember> protectedMembers = new ArrayList<>();
        for (int i = 0; i < surveyed.size(); i++) {
            String fingerprint = registry.fingerprint(ids.get(i));
            claim(registry, fingerprint, command.householdId(), "members[" + i + "].idNumber");
            protectedMembers.add(protect(command.householdId(), String.valueOf(i + 1), surveyed.get(i), ids.get(i),
                    fingerprint, vault));
        }
        apply(new HouseholdSurveyedEvent(command.householdId(), command.villageCode(), protectedMembers,
                householdScore, policy.version(), new TreeMap<>(command.answers()), enumSet(command.causes(),
                PovertyCause.class), enumSet(command.areas(), PovertyArea.class)));
        return new SurveyOutcome(command.householdId(), householdScore, policy.version());
    }

    // ---- nomination ---------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(NominateCandidateCommand command) {
        if (command.countyCode() == null || !villageCode.startsWith(command.countyCode())) {
            throw new RegistrationException(RegistrationErrorCode.HOUSEHOLD_OUTSIDE_COUNTY,
                    "The household lies outside county " + command.countyCode());
        }
        switch (status) {
            case SURVEYED -> apply(new HouseholdNominatedAsCandidateEvent(householdId, villageCode, command.roundId(),
                    command.cutOffScore()));
            case CANDIDATE, REGISTERED -> {
                // already nominated: a repeated nomination (redelivery) changes nothing
            }
            case REJECTED -> throw closed(RegistrationErrorCode.REGISTRATION_REJECTED);
            case VETOED -> throw closed(RegistrationErrorCode.HOUSEHOLD_VETOED);
            case REMOVED -> throw closed(RegistrationErrorCode.HOUSEHOLD_REMOVED);
        }
    }

    // ---- the procedure ------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(PassRegistrationStepCommand command, Clock clock) {
        RegistrationStep step = requireStep(command.step());
        AccessRules.requireOfficerCovering(command.actor(), villageCode, RegistrationProcedure.levelFor(step));
        requireInProcedure();
        requireNextStep(step);
        if (step.isNotice()) {
            requireOpenNotice(step);
            if (clock.instant().isBefore(openNotice.closesAt())) {
                throw new RegistrationException(RegistrationErrorCode.NOTICE_PERIOD_NOT_ELAPSED,
                        "The notice period ends at " + openNotice.closesAt());
            }
            if (objections.values().stream().anyMatch(o -> o.step() == step && !o.resolved())) {
                throw new RegistrationException(RegistrationErrorCode.OBJECTION_OPEN,
                        "An objection to the notice is not resolved yet");
            }
        }
        apply(new RegistrationStepPassedEvent(householdId, villageCode, step, blankToNull(command.remark())));
        if (step == RegistrationStep.COUNTY_ANNOUNCEMENT) {
            apply(new HouseholdRegisteredEvent(householdId, villageCode, score, policyVersion, members.size()));
        }
    }

    @CommandHandler
    public void handle(RejectRegistrationCommand command) {
        RegistrationStep step = requireStep(command.step());
        AccessRules.requireOfficerCovering(command.actor(), villageCode, RegistrationProcedure.levelFor(step));
        requireInProcedure();
        requireNextStep(step);
        String reason = requireText(command.reason(), "reason", RegistrationErrorCode.REASON_REQUIRED);
        apply(new RegistrationRejectedEvent(householdId, villageCode, step, reason));
    }

    @CommandHandler
    public void handle(OpenNoticeCommand command, RegistrationPolicies policies, Clock clock) {
        RegistrationStep step = requireStep(command.step());
        AccessRules.requireOfficerCovering(command.actor(), villageCode, RegistrationProcedure.levelFor(step));
        if (!step.isNotice()) {
            throw new RegistrationException(RegistrationErrorCode.NOT_A_NOTICE_STEP,
                    step + " is not a public notice", "step", "NOTICE_STEP");
        }
        requireInProcedure();
        requireNextStep(step);
        if (openNotice != null) {
            throw new RegistrationException(RegistrationErrorCode.NOTICE_ALREADY_OPEN, "The notice is already open");
        }
        PolicyRules policy = policies.current().orElseThrow(Household::noPolicy);
        Instant opened = clock.instant();
        apply(new NoticeOpenedEvent(householdId, villageCode, step, opened,
                opened.plus(Duration.ofDays(policy.noticePeriodDays())), policy.noticePeriodDays(), policy.version()));
    }

    @CommandHandler
    public void handle(LodgeObjectionCommand command) {
        AccessRules.requireRole(command.actor(), Role.INFORMATION_OFFICER);
        AccessRules.requireCovers(command.actor(), villageCode);
        requireInProcedure();
        RegistrationStep step = requireStep(command.step());
        String text = requireText(command.text(), "text", RegistrationErrorCode.REASON_REQUIRED);
        requireOpenNotice(step);
        if (objections.containsKey(command.objectionId())) {
            return; // the same objection again (a retried request): already recorded
        }
        apply(new ObjectionLodgedEvent(householdId, villageCode, command.objectionId(), step, text));
    }

    @CommandHandler
    public void handle(ResolveObjectionCommand command) {
        Objection objection = objections.get(command.objectionId());
        if (objection == null) {
            throw new RegistrationException(RegistrationErrorCode.OBJECTION_NOT_FOUND,
                    "No objection " + command.objectionId() + " was lodged against this household");
        }
        AccessRules.requireOfficerCovering(command.actor(), villageCode,
                RegistrationProcedure.levelFor(objection.step()));
        if (objection.resolved()) {
            throw new RegistrationException(RegistrationErrorCode.OBJECTION_ALREADY_RESOLVED,
                    "The objection is already resolved");
        }
        requireInProcedure();
        String reason = requireText(command.reason(), "reason", RegistrationErrorCode.REASON_REQUIRED);
        apply(new ObjectionResolvedEvent(householdId, villageCode, command.objectionId(), objection.step(),
                command.upheld(), reason));
        if (command.upheld()) {
            apply(new RegistrationRejectedEvent(householdId, villageCode, objection.step(),
                    "Objection upheld: " + reason));
        }
    }

    // ---- vetoes, updates, removal -------------------------------------------------------------------------

    @CommandHandler
    public void handle(VetoHouseholdCommand command, RegistrationPolicies policies) {
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP);
        String evidence = requireText(command.evidence(), "evidence", RegistrationErrorCode.EVIDENCE_REQUIRED);
        PolicyRules policy = policies.current().orElseThrow(Household::noPolicy);
        VetoRule rule = policy.vetoRule(command.vetoCode()).orElseThrow(() -> new RegistrationException(
                RegistrationErrorCode.UNKNOWN_VETO_CODE, "Veto code " + command.vetoCode()
                + " is not in policy version " + policy.version(), "vetoCode", "KNOWN_VETO_CODE"));
        switch (status) {
            case VETOED -> throw closed(RegistrationErrorCode.HOUSEHOLD_VETOED);
            case REMOVED -> throw closed(RegistrationErrorCode.HOUSEHOLD_REMOVED);
            case REGISTERED -> {
                if (rule.blocks() != VetoScope.REGISTRATION_AND_KEEPING) {
                    throw new RegistrationException(RegistrationErrorCode.VETO_DOES_NOT_APPLY_AFTER_REGISTRATION,
                            "Veto " + rule.code() + " blocks registration only");
                }
                apply(new HouseholdRemovedEvent(householdId, villageCode, rule.description(), rule.code(), evidence,
                        policy.version()));
            }
            case SURVEYED, CANDIDATE, REJECTED -> apply(new HouseholdVetoedEvent(householdId, villageCode,
                    rule.code(), rule.description(), evidence, policy.version()));
        }
    }

    @CommandHandler
    public void handle(UpdateHouseholdCommand command, PersonalDataVault vault, PersonRegistry registry, Clock clock) {
        AccessRules.requireRole(command.actor(), Role.INFORMATION_OFFICER);
        AccessRules.requireCovers(command.actor(), villageCode);
        UpdateCycle cycle = UpdateCycle.parse(command.cycle());
        requireRegistered();
        HouseholdChange change = change(command.change(), vault, registry, LocalDate.now(clock));
        apply(new HouseholdUpdatedEvent(householdId, villageCode, cycle.toString(), change));
    }

    @CommandHandler
    public void handle(RemoveHouseholdCommand command) {
        AccessRules.requireOfficerCovering(command.actor(), villageCode, DivisionLevel.COUNTY);
        String reason = requireText(command.reason(), "reason", RegistrationErrorCode.REASON_REQUIRED);
        requireRegistered();
        apply(new HouseholdRemovedEvent(householdId, villageCode, reason, null, null, null));
    }

    // ---- state --------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(HouseholdSurveyedEvent event) {
        householdId = event.householdId();
        villageCode = event.divisionCode();
        status = HouseholdStatus.SURVEYED;
        score = event.score();
        policyVersion = event.policyVersion();
        event.members().forEach(this::addMember);
    }

    @EventSourcingHandler
    void on(HouseholdNominatedAsCandidateEvent event) {
        status = HouseholdStatus.CANDIDATE;
    }

    @EventSourcingHandler
    void on(RegistrationStepPassedEvent event) {
        passedSteps = event.step().number();
        if (event.step().isNotice()) {
            openNotice = null;
        }
    }

    @EventSourcingHandler
    void on(RegistrationRejectedEvent event) {
        status = HouseholdStatus.REJECTED;
        openNotice = null;
    }

    @EventSourcingHandler
    void on(NoticeOpenedEvent event) {
        openNotice = new OpenNotice(event.step(), event.closesAt());
    }

    @EventSourcingHandler
    void on(ObjectionLodgedEvent event) {
        objections.put(event.objectionId(), new Objection(event.step(), false));
    }

    @EventSourcingHandler
    void on(ObjectionResolvedEvent event) {
        objections.put(event.objectionId(), new Objection(event.step(), true));
    }

    @EventSourcingHandler
    void on(HouseholdRegisteredEvent event) {
        status = HouseholdStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(HouseholdVetoedEvent event) {
        status = HouseholdStatus.VETOED;
        openNotice = null;
    }

    @EventSourcingHandler
    void on(HouseholdRemovedEvent event) {
        status = HouseholdStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(HouseholdUpdatedEvent event) {
        if (event.change() instanceof HouseholdChange.MemberJoined joined) {
            addMember(joined.member());
        } else if (event.change() instanceof HouseholdChange.MemberLeft left) {
            members.remove(left.memberId());
        }
    }

    private void addMember(ProtectedMember member) {
        members.put(member.memberId(), member.idFingerprint());
        try {
            lastMemberOrdinal = Math.max(lastMemberOrdinal, Integer.parseInt(member.memberId()));
        } catch (NumberFormatException e) {
            lastMemberOrdinal = Math.max(lastMemberOrdinal, members.size());
        }
    }

    // ---- rules --------------------------------------------------------------------------------------------

    private HouseholdChange change(HouseholdUpdate update, PersonalDataVault vault, PersonRegistry registry,
                                   LocalDate today) {
        if (update instanceof HouseholdUpdate.JoinMember join) {
            return joining(join, vault, registry, today);
        }
        if (update instanceof HouseholdUpdate.LeaveMember leave) {
            return leaving(leave, registry);
        }
        if (update instanceof HouseholdUpdate.ChangeIncome income) {
            if (income.netIncomePerHead() == null || income.netIncomePerHead().signum() < 0) {
                throw invalidChange("change.netIncomePerHead", "NOT_NEGATIVE", "An income is 0 or more");
            }
            return new HouseholdChange.IncomeChanged(income.netIncomePerHead());
        }
        if (update instanceof HouseholdUpdate.ChangeHousing housing) {
            if (housing.condition() == null) {
                throw invalidChange("change.condition", "NOT_NULL", "The housing condition is required");
            }
            return new HouseholdChange.HousingChanged(housing.condition());
        }
        if (update instanceof HouseholdUpdate.ChangeCauses causes) {
            if (causes.causes() == null || causes.causes().isEmpty()) {
                throw invalidChange("change.causes", "NOT_EMPTY", "At least one cause of poverty is recorded");
            }
            return new HouseholdChange.CausesChanged(enumSet(causes.causes(), PovertyCause.class));
        }
        throw invalidChange("change", "NOT_NULL", "The change is required");
    }

    private HouseholdChange joining(HouseholdUpdate.JoinMember join, PersonalDataVault vault, PersonRegistry registry,
                                    LocalDate today) {
        if (join.member() == null) {
            throw invalidChange("change.member", "NOT_NULL", "The joining member is required");
        }
        ResidentIdNumber id = checkedMember(join.member(), "change.member", today);
        String fingerprint = registry.fingerprint(id);
        if (members.containsValue(fingerprint)) {
            throw new RegistrationException(RegistrationErrorCode.DUPLICATE_MEMBER,
                    "The person is already a member of the household", "change.member.idNumber", "DISTINCT_PERSONS");
        }
        claim(registry, fingerprint, householdId, "change.member.idNumber");
        return new HouseholdChange.MemberJoined(protect(householdId, String.valueOf(lastMemberOrdinal + 1),
                join.member(), id, fingerprint, vault));
    }

    private HouseholdChange leaving(HouseholdUpdate.LeaveMember leave, PersonRegistry registry) {
        String fingerprint = members.get(leave.memberId());
        if (fingerprint == null) {
            throw new RegistrationException(RegistrationErrorCode.MEMBER_NOT_FOUND,
                    "No member " + leave.memberId() + " in the household", "change.memberId", "KNOWN_MEMBER");
        }
        if (members.size() == 1) {
            throw new RegistrationException(RegistrationErrorCode.LAST_MEMBER_CANNOT_LEAVE,
                    "The last member cannot leave; remove the household instead");
        }
        String reason = requireText(leave.reason(), "change.reason", RegistrationErrorCode.REASON_REQUIRED);
        registry.release(fingerprint, householdId);
        return new HouseholdChange.MemberLeft(leave.memberId(), reason);
    }

    private static ResidentIdNumber checkedMember(SurveyedMember member, String field, LocalDate today) {
        if (member == null || member.relationToHead() == null) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_MEMBER,
                    "Each member has a relation to the head", field + ".relationToHead", "NOT_NULL");
        }
        try {
            return ResidentIdNumber.parse(member.idNumber(), today);
        } catch (InvalidIdNumberException e) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_ID_NUMBER, e.getMessage(),
                    field + ".idNumber", e.rule().name());
        }
    }

    private static void claim(PersonRegistry registry, String fingerprint, String householdId, String field) {
        try {
            registry.claim(fingerprint, householdId);
        } catch (RegistrationException e) {
            throw new RegistrationException(e.code(), e.getMessage(), field, "ONE_HOUSEHOLD_PER_PERSON");
        }
    }

    private static ProtectedMember protect(String householdId, String memberId, SurveyedMember member,
                                           ResidentIdNumber id, String fingerprint, PersonalDataVault vault) {
        String name = blankToNull(member.name());
        return new ProtectedMember(memberId, name == null ? null : vault.encrypt(householdId, name),
                vault.encrypt(householdId, id.value()), fingerprint, member.relationToHead(), id.birthYear(), id.sex());
    }

    private void requireInProcedure() {
        switch (status) {
            case CANDIDATE -> {
            }
            case SURVEYED -> throw new RegistrationException(RegistrationErrorCode.NOT_A_CANDIDATE,
                    "Only a household below its county's cut-off line may start the registration procedure");
            case REJECTED -> throw closed(RegistrationErrorCode.REGISTRATION_REJECTED);
            case VETOED -> throw closed(RegistrationErrorCode.HOUSEHOLD_VETOED);
            case REGISTERED -> throw closed(RegistrationErrorCode.ALREADY_REGISTERED);
            case REMOVED -> throw closed(RegistrationErrorCode.HOUSEHOLD_REMOVED);
        }
    }

    private void requireRegistered() {
        switch (status) {
            case REGISTERED -> {
            }
            case REMOVED -> throw closed(RegistrationErrorCode.HOUSEHOLD_REMOVED);
            case VETOED -> throw closed(RegistrationErrorCode.HOUSEHOLD_VETOED);
            default -> throw new RegistrationException(RegistrationErrorCode.NOT_REGISTERED,
                    "The household is not registered");
        }
    }

    private void requireNextStep(RegistrationStep step) {
        RegistrationStep next = RegistrationProcedure.stepAfter(passedSteps);
        if (step != next) {
            throw new RegistrationException(RegistrationErrorCode.STEP_OUT_OF_ORDER,
                    "The next step of the procedure is " + next, "step", "NEXT_STEP");
        }
    }

    private void requireOpenNotice(RegistrationStep step) {
        if (openNotice == null || openNotice.step() != step) {
            throw new RegistrationException(RegistrationErrorCode.NOTICE_NOT_OPEN,
                    "The notice " + step + " is not open");
        }
    }

    private static RegistrationStep requireStep(RegistrationStep step) {
        if (step == null) {
            throw new RegistrationException(RegistrationErrorCode.STEP_OUT_OF_ORDER, "The step is required", "step",
                    "NOT_NULL");
        }
        return step;
    }

    private static String requireText(String text, String field, RegistrationErrorCode code) {
        String value = blankToNull(text);
        if (value == null) {
            throw new RegistrationException(code, "The " + field + " is required", field, "NOT_BLANK");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private RegistrationException closed(RegistrationErrorCode code) {
        return new RegistrationException(code, "The household's registration is closed: " + status);
    }

    private static RegistrationException noPolicy() {
        return new RegistrationException(RegistrationErrorCode.NO_POLICY_PUBLISHED,
                "No registration policy has been published yet");
    }

    private static RegistrationException invalidChange(String field, String rule, String message) {
        return new RegistrationException(RegistrationErrorCode.INVALID_CHANGE, message, field, rule);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        }
        return set;
    }
}
