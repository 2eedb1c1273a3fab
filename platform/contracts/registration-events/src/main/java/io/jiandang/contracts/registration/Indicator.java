package io.jiandang.contracts.registration;

import java.math.BigDecimal;

/**
 * One item of the indicator system (指标体系: 18 categories, 98 items in Guangxi's 2015 round) and its weight.
 *
 * @param category the category (e.g. "housing")
 * @param item     the item's key, unique within a policy; survey answers are keyed by it
 * @param weight   the points the item adds to the score when fully met
 */
public record Indicator(String category, String item, BigDecimal weight) {
}
