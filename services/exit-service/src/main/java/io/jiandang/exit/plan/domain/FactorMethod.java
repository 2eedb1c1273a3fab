package io.jiandang.exit.plan.domain;

import io.jiandang.contracts.exit.CountyAllocation;
import io.jiandang.contracts.exit.PlanFactor;
import io.jiandang.contracts.exit.PlanIndicator;
import io.jiandang.exit.plan.api.CountyIndicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The factor method (因素法) of 严计划: each indicator gives every county a share (its value over the sum of the
 * counties' values, or the inverse for an indicator that makes exit harder); a county's factor is the weighted
 * sum of its shares; its target is the regional target times its factor, rounded to whole people by the largest
 * remainder method so that the targets add up exactly to the regional target.
 */
public final class FactorMethod {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private FactorMethod() {
    }

    /** The counties' allocations, in the order given. Values are validated by the caller (all present, ≥ 0). */
    public static List<CountyAllocation> allocate(int regionalTarget, List<CountyIndicators> counties,
                                                  List<PlanFactor> factors) {
        int n = counties.size();
        BigDecimal totalWeight = factors.stream().map(PlanFactor::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[] factorOf = new BigDecimal[n];
        java.util.Arrays.fill(factorOf, BigDecimal.ZERO);
        for (PlanFactor factor : factors) {
            BigDecimal[] shares = shares(counties, factor);
            BigDecimal weight = factor.weight().divide(totalWeight, PRECISION);
            for (int i = 0; i < n; i++) {
                factorOf[i] = factorOf[i].add(weight.multiply(shares[i], PRECISION), PRECISION);
            }
        }
        BigDecimal target = BigDecimal.valueOf(regionalTarget);
        int[] whole = new int[n];
        BigDecimal[] remainder = new BigDecimal[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = target.multiply(factorOf[i], PRECISION);
            whole[i] = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
            remainder[i] = exact.subtract(BigDecimal.valueOf(whole[i]));
            assigned += whole[i];
        }
        // largest remainders first; equal remainders by county code, so the result does not depend on input order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed()
                .thenComparing(i -> counties.get(i).countyCode()));
        for (int k = 0; k < regionalTarget - assigned; k++) {
            whole[order.get(k % n)]++;
        }
        List<CountyAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CountyIndicators county = counties.get(i);
            allocations.add(new CountyAllocation(county.countyCode(), Map.copyOf(county.indicators()),
                    factorOf[i].setScale(10, RoundingMode.HALF_UP), whole[i]));
        }
        return allocations;
    }

    private static BigDecimal[] shares(List<CountyIndicators> counties, PlanFactor factor) {
        int n = counties.size();
        PlanIndicator indicator = factor.indicator();
        BigDecimal[] basis = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal value = counties.get(i).indicators().get(indicator);
            basis[i] = factor.direction() == PlanFactor.Direction.LARGER_SHARE_WHEN_HIGHER ? value
                    : BigDecimal.ONE.divide(value, PRECISION);
            sum = sum.add(basis[i]);
        }
        BigDecimal[] shares = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            // all zero: the indicator does not tell the counties apart, so it gives equal shares
            shares[i] = sum.signum() == 0 ? BigDecimal.ONE.divide(BigDecimal.valueOf(n), PRECISION)
                    : basis[i].divide(sum, PRECISION);
        }
        return shares;
    }
}
