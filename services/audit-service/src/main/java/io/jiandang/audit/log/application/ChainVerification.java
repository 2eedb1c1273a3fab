package io.jiandang.audit.log.application;

import io.jiandang.audit.common.api.AuditErrorCode;
import io.jiandang.audit.common.api.AuditException;
import io.jiandang.audit.log.domain.ChainHead;
import io.jiandang.audit.log.domain.ChainLink;
import io.jiandang.audit.log.domain.ChainVerifier;
import io.jiandang.audit.log.domain.LogEntry;
import io.jiandang.audit.log.domain.PeriodSeal;
import io.jiandang.audit.log.domain.Verification;
import io.jiandang.security.Actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Verifies the whole log's chain (with the period seals) or one household's, and seals closed periods. */
public class ChainVerification {

    /** A quarter {@code 2026-Q3}, a half {@code 2026-H2}, a year {@code 2026-A}, a month {@code 2026-07} or a named cycle. */
    static final Pattern PERIOD = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    private final AuditLog log;
    private final PeriodSeals seals;
    private final Clock clock;

    public ChainVerification(AuditLog log, PeriodSeals seals, Clock clock) {
        this.log = log;
        this.seals = seals;
        this.clock = clock;
    }

    public Verification verifyLog() {
        List<ChainLink> links = new ArrayList<>();
        log.forEach(entry -> links.add(entry.logLink()));
        return ChainVerifier.verify("log", links, seals.all(), log.logHead());
    }

    public Verification verifyHousehold(String householdId) {
        List<ChainLink> links = log.household(householdId).stream().map(LogEntry::householdLink).toList();
        return ChainVerifier.verify("household:" + householdId, links, List.of(), log.householdHead(householdId));
    }

    /**
     * Records the whole log's current head as the seal of a closed period, after checking that the chain up to it
     * is intact (sealing a broken chain would certify the break). A period is sealed once.
     */
    public synchronized PeriodSeal seal(String period, Actor actor) {
        if (period == null || !PERIOD.matcher(period).matches()) {
            throw new AuditException(AuditErrorCode.INVALID_PERIOD, "period",
                    "A period is 1 to 64 letters, digits, '.', '_' or '-', e.g. 2026-Q3");
        }
        if (seals.find(period).isPresent()) {
            throw new AuditException(AuditErrorCode.PERIOD_ALREADY_SEALED, null, "Period " + period + " is already sealed");
        }
        Verification verification = verifyLog();
        if (!verification.intact()) {
            throw new AuditException(AuditErrorCode.CHAIN_BROKEN, null,
                    "The log's chain is broken at position " + verification.firstBreak().position() + " ("
                            + verification.firstBreak().kind() + "); it cannot be sealed");
        }
        ChainHead head = verification.head();
        PeriodSeal seal = new PeriodSeal(period, head.position(), head.hash(), clock.instant(), actor.userId(),
                actor.role().name());
        seals.record(seal);
        return seal;
    }

    public List<PeriodSeal> seals() {
        return seals.all();
    }
}
