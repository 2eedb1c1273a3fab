package io.jiandang.audit.asof.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The state while facts are folded into it; {@link HouseholdStateFold} turns it into a {@link HouseholdState}. */
public final class WorkingState {

    String divisionCode;
    String status;
    final Map<String, HouseholdState.Member> members = new LinkedHashMap<>();
    Integer people;
    BigDecimal score;
    Integer policyVersion;
    BigDecimal netIncomePerHead;
    String housing;
    List<String> causes = List.of();
    /** The cadres paired, by cadre id; {@code null} until a pairing event was read. */
    Map<String, HouseholdState.PairedCadre> cadres;
    String assignedClass;
    final Map<Integer, HouseholdState.YearlyIncome> yearlyIncomes = new TreeMap<>();
    final Map<String, HouseholdState.IncomeEntry> incomeEntries = new TreeMap<>();
    String exitId;
    Integer exitYear;
    Integer exitCriteriaVersion;
    LocalDate exitedOn;
    LocalDate trackingEndsOn;
    LocalDate observationEndsOn;
    LocalDate poorAgainFrom;
    /** Open procedures by key (kind + reference), in the order they opened. */
    final Map<String, HouseholdState.OpenProcedure> open = new LinkedHashMap<>();
    final List<HouseholdState.UnreconstructedFact> unreconstructed = new ArrayList<>();
    int applied;
    boolean skipped;

    /** The fact is of a known type but a shape this rule cannot read (e.g. a new kind of change): listed, not guessed. */
    public void notReconstructed(Fact fact) {
        unreconstructed.add(new HouseholdState.UnreconstructedFact(fact.eventId(), fact.type(), fact.businessDate(), fact.recordedAt()));
        skipped = true;
    }

    public void status(String status) {
        this.status = status;
    }

    public void division(String code) {
        if (code != null) {
            this.divisionCode = code;
        }
    }

    public void score(JsonNode score, JsonNode policyVersion) {
        if (score != null && score.isNumber()) {
            this.score = score.decimalValue();
        }
        if (policyVersion != null && policyVersion.isNumber()) {
            this.policyVersion = policyVersion.intValue();
        }
    }

    public void people(int people) {
        this.people = people;
    }

    public void addMember(JsonNode member) {
        String id = member.path("memberId").asText();
        String fingerprint = member.path("idFingerprint").asText(null);
        members.put(id, new HouseholdState.Member(id, member.path("relationToHead").asText(null),
                member.path("birthYear").isNumber() ? member.path("birthYear").intValue() : null,
                member.path("sex").asText(null),
                fingerprint == null ? null : fingerprint.substring(0, Math.min(12, fingerprint.length()))));
    }

    public void removeMember(String memberId) {
        members.remove(memberId);
    }

    public void income(BigDecimal netIncomePerHead) {
        this.netIncomePerHead = netIncomePerHead;
    }

    public void housing(String condition) {
        this.housing = condition;
    }

    public void causes(List<String> causes) {
        this.causes = List.copyOf(causes);
    }

    public void paired(String cadreId, LocalDate since, Integer policyVersion) {
        if (cadres == null) {
            cadres = new LinkedHashMap<>();
        }
        if (cadreId != null) {
            cadres.put(cadreId, new HouseholdState.PairedCadre(cadreId, since, policyVersion));
        }
    }

    public void pairingEnded(String cadreId) {
        if (cadres == null) {
            cadres = new LinkedHashMap<>();
        }
        cadres.remove(cadreId);
    }

    public void povertyClass(String assigned) {
        this.assignedClass = assigned;
    }

    public void yearlyIncome(HouseholdState.YearlyIncome income) {
        yearlyIncomes.put(income.year(), income);
        this.netIncomePerHead = income.netIncomePerHead();
    }

    public void incomeEntryCounted(HouseholdState.IncomeEntry entry) {
        incomeEntries.put(entry.month(), entry);
    }

    public void exitIdentity(String exitId, Integer exitYear, Integer criteriaVersion) {
        this.exitId = exitId;
        this.exitYear = exitYear;
        this.exitCriteriaVersion = criteriaVersion;
    }

    /** The stage of an open procedure, or {@code null} when it is not open. */
    public String stage(String kind, String reference) {
        HouseholdState.OpenProcedure procedure = open.get(kind + "/" + reference);
        return procedure == null ? null : procedure.stage();
    }

    public void exit(LocalDate exitedOn, LocalDate trackingEndsOn, LocalDate observationEndsOn) {
        this.exitedOn = exitedOn;
        this.trackingEndsOn = trackingEndsOn;
        this.observationEndsOn = observationEndsOn;
    }

    public void poorAgainFrom(LocalDate date) {
        this.poorAgainFrom = date;
    }

    public void open(String kind, String reference, String stage, LocalDate since) {
        String key = kind + "/" + reference;
        HouseholdState.OpenProcedure existing = open.get(key);
        open.put(key, new HouseholdState.OpenProcedure(kind, reference, stage, existing == null ? since : existing.since()));
    }

    public void close(String kind, String reference) {
        open.remove(kind + "/" + reference);
    }

    public void closeAll(String... kinds) {
        for (String kind : kinds) {
            open.keySet().removeIf(key -> key.startsWith(kind + "/"));
        }
    }

    public String status() {
        return status;
    }
}
