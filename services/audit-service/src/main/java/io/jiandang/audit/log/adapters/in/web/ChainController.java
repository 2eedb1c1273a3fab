package io.jiandang.audit.log.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.log.application.ChainVerification;
import io.jiandang.audit.log.domain.PeriodSeal;
import io.jiandang.audit.log.domain.Verification;
import io.jiandang.readmodel.ProjectionLedger;
import io.jiandang.security.AccessRules;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

@RestController
@Tag(name = "Tamper evidence", description = "Hash chains, their verification and period seals")
public class ChainController {

    private final AuditAccess access;
    private final ChainVerification verification;
    private final MongoDatabase database;

    public ChainController(AuditAccess access, ChainVerification verification, MongoDatabase auditDatabase) {
        this.access = access;
        this.verification = verification;
        this.database = auditDatabase;
    }

    @GetMapping("/api/households/{householdId}/verification")
    @Operation(summary = "Recompute the household's hash chain; names the first altered, missing or reordered event")
    public Verification verifyHousehold(Actor actor, @PathVariable String householdId) {
        access.household(actor, householdId, "VERIFY_HOUSEHOLD", "");
        return verification.verifyHousehold(householdId);
    }

    @GetMapping("/api/log/verification")
    @Operation(summary = "Recompute the whole log's hash chain and compare it with every period seal")
    public Verification verifyLog(Actor actor) {
        access.logWide(actor, "VERIFY_LOG", "");
        return verification.verifyLog();
    }

    public record SealRequest(String period) {
    }

    @PostMapping("/api/seals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Seal a closed period (an archive officer, AUDITOR role): record the log's current chain head")
    public PeriodSeal seal(Actor actor, @RequestBody SealRequest request) {
        AccessRules.requireRole(actor, Role.AUDITOR);
        access.logWide(actor, "SEAL", "period=" + (request == null ? null : request.period()));
        return verification.seal(request == null ? null : request.period(), actor);
    }

    @GetMapping("/api/seals")
    @Operation(summary = "Every period seal")
    public List<PeriodSeal> seals(Actor actor) {
        access.logWide(actor, "SEALS", "");
        return verification.seals();
    }

    public record Gap(String projection, String aggregateId, long expectedSequence, long receivedSequence, String receivedEventId) {
    }

    @GetMapping("/api/log/gaps")
    @Operation(summary = "Aggregates whose events arrived with a gap: later events wait, parked, until the missing one arrives")
    public List<Gap> gaps(Actor actor) {
        access.logWide(actor, "GAPS", "");
        List<Gap> gaps = new ArrayList<>();
        for (Document d : database.getCollection(ProjectionLedger.GAPS).find(Filters.eq("resolved", false))) {
            String projection = d.getString("projection");
            if (projection != null && projection.startsWith("audit_log")) {
                gaps.add(new Gap(projection, d.getString("aggregateId"), d.get("expectedSequence", Number.class).longValue(),
                        d.get("receivedSequence", Number.class).longValue(), d.getString("receivedEventId")));
            }
        }
        return gaps;
    }
}
