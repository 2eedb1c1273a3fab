package io.jiandang.exit.common.domain;

import io.jiandang.contracts.exit.CriterionFinding;
import io.jiandang.contracts.exit.ExitCriterion;
import io.jiandang.exit.common.api.ExitErrorCode;
import io.jiandang.exit.common.api.ExitException;
import io.jiandang.exit.common.api.FailedCriterion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checklist of policy data (八有一超's guarantees, 十一有一低于, 九有一低于) against the findings recorded for it.
 * Every criterion needs exactly one finding: a checklist with a gap is refused as invalid input, so that a
 * missing finding is never read as "met".
 */
public final class Checklist {

    private Checklist() {
    }

    /**
     * The criteria found not met, in the policy's order.
     *
     * @param field the request field the findings came in, named when they are incomplete
     */
    public static List<FailedCriterion> unmet(List<ExitCriterion> criteria, List<CriterionFinding> findings, String field) {
        Map<String, CriterionFinding> byCode = new LinkedHashMap<>();
        List<String> known = criteria.stream().map(ExitCriterion::code).toList();
        List<FailedCriterion> missing = new ArrayList<>();
        for (CriterionFinding finding : findings == null ? List.<CriterionFinding>of() : findings) {
            if (finding == null || finding.code() == null || !known.contains(finding.code())) {
                throw new ExitException(ExitErrorCode.FINDINGS_INCOMPLETE, "A finding names no criterion of the policy: "
                        + (finding == null ? null : finding.code()), List.of(), field);
            }
            if (byCode.put(finding.code(), finding) != null) {
                throw new ExitException(ExitErrorCode.FINDINGS_INCOMPLETE,
                        "Criterion " + finding.code() + " has two findings", List.of(), field);
            }
        }
        for (ExitCriterion criterion : criteria) {
            if (!byCode.containsKey(criterion.code())) {
                missing.add(new FailedCriterion(criterion.code(), "a finding", "none recorded"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ExitException(ExitErrorCode.FINDINGS_INCOMPLETE,
                    "Every criterion of the checklist needs a finding", missing, field);
        }
        List<FailedCriterion> unmet = new ArrayList<>();
        for (ExitCriterion criterion : criteria) {
            CriterionFinding finding = byCode.get(criterion.code());
            if (!finding.met()) {
                unmet.add(new FailedCriterion(criterion.code(), "met: " + criterion.description(),
                        "not met" + (finding.note() == null || finding.note().isBlank() ? "" : ": " + finding.note())));
            }
        }
        return unmet;
    }
}
