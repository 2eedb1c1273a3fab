package io.jiandang.contracts.exit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A third-party evaluation of a county (严评估), e.g. by a research institute.
 *
 * @param evaluator       who evaluated
 * @param evaluatedOn     when
 * @param score           the overall score (0 to 100)
 * @param passed          the evaluator's conclusion
 * @param reportReference the report's document id
 */
public record ThirdPartyEvaluation(String evaluator, LocalDate evaluatedOn, BigDecimal score, boolean passed,
                                   String reportReference) {
}
