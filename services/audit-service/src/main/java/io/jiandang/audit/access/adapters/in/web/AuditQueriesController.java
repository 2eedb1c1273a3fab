package io.jiandang.audit.access.adapters.in.web;

import io.jiandang.audit.access.application.AuditAccess;
import io.jiandang.audit.access.domain.AuditQueryRecord;
import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Auditors' queries", description = "Who looked at which household, when")
public class AuditQueriesController {

    private final AuditAccess access;

    public AuditQueriesController(AuditAccess access) {
        this.access = access;
    }

    @GetMapping("/api/audit-queries")
    @Operation(summary = "Recorded queries of a household (householdId) or of a user (userId), oldest first")
    public List<AuditQueryRecord> queries(Actor actor, @RequestParam(required = false) String householdId,
                                          @RequestParam(required = false) String userId) {
        if (householdId != null && !householdId.isBlank()) {
            return access.queriesOfHousehold(actor, householdId);
        }
        if (userId != null && !userId.isBlank()) {
            return access.queriesOfUser(actor, userId);
        }
        throw new AuditException(AuditErrorCode.MISSING_PARAMETER, "householdId",
                "Name a householdId or a userId");
    }
}
