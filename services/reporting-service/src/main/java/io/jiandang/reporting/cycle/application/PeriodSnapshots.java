package io.jiandang.reporting.cycle.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jiandang.reporting.cycle.domain.UpdateCycle;
import io.jiandang.reporting.register.application.DivisionCodes;
import io.jiandang.reporting.register.application.InMemoryRegisterStore;
import io.jiandang.reporting.register.domain.Fact;
import io.jiandang.reporting.register.domain.FactKind;
import io.jiandang.reporting.register.domain.Figures;
import io.jiandang.reporting.register.domain.HouseholdTimeline;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.reporting.register.domain.Period;
import io.jiandang.reporting.register.domain.StatisticsCalculator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Freezes a period's figures from a register replayed up to fixed topic positions: the figures of every division
 * (region down to village) that has households, as at the period's end, in a canonical JSON form (properties and
 * map keys sorted, no whitespace), and its SHA-256. The same events give the same bytes, hence the same hash.
 */
public final class PeriodSnapshots {

    /** Everything replayed up to the positions counts: the positions, not a clock, bound what is known. */
    static final Instant KNOWN_AT_POSITIONS = Instant.parse("9999-12-31T00:00:00Z");
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private PeriodSnapshots() {
    }

    public static UpdateCycle.Snapshot freeze(Period period, Map<String, Long> positions, InMemoryRegisterStore replayed) {
        StatisticsCalculator calculator = new StatisticsCalculator(replayed.classThresholds());
        List<HouseholdTimeline> all = replayed.within("450000");
        TreeSet<String> divisions = new TreeSet<>();
        for (HouseholdTimeline h : all) {
            if (h.villageCode() != null) {
                for (DivisionLevel level : DivisionLevel.values()) {
                    divisions.add(DivisionCodes.atLevel(h.villageCode(), level));
                }
            }
        }
        Map<String, Object> figures = new TreeMap<>();
        for (String division : divisions) {
            Figures f = calculator.figures(division, period, KNOWN_AT_POSITIONS, replayed.within(division));
            figures.put(division, f);
        }
        Map<String, Integer> rules = ruleVersions(all, replayed);
        Map<String, Object> canonical = new TreeMap<>();
        canonical.put("period", period.name());
        canonical.put("positions", new TreeMap<>(positions));
        canonical.put("ruleVersions", rules);
        canonical.put("figures", figures);
        try {
            String text = CANONICAL.writeValueAsString(canonical);
            return new UpdateCycle.Snapshot(new TreeMap<>(positions), rules, text, sha256(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot of " + period.name(), e);
        }
    }

    /** The rule versions the figures depend on: this service's counting rules and the highest policy versions seen. */
    static Map<String, Integer> ruleVersions(List<HouseholdTimeline> all, InMemoryRegisterStore replayed) {
        Map<String, Integer> rules = new TreeMap<>();
        rules.put("reportingRules", StatisticsCalculator.RULES_VERSION);
        rules.put("registrationPolicy", replayed.classThresholds().keySet().stream().max(Integer::compare).orElse(0));
        int exitCriteria = 0;
        int relapsePolicy = 0;
        for (HouseholdTimeline h : all) {
            for (Fact f : h.facts()) {
                if (f.policyVersion() == null) {
                    continue;
                }
                if (f.kind() == FactKind.EXITED) {
                    exitCriteria = Math.max(exitCriteria, f.policyVersion());
                } else if (f.kind() == FactKind.RELAPSE_APPROVED) {
                    relapsePolicy = Math.max(relapsePolicy, f.policyVersion());
                } else if (f.kind() == FactKind.REGISTERED || f.kind() == FactKind.SURVEYED) {
                    rules.merge("registrationPolicy", f.policyVersion(), Math::max);
                }
            }
        }
        rules.put("exitCriteria", exitCriteria);
        rules.put("relapsePolicy", relapsePolicy);
        return rules;
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
