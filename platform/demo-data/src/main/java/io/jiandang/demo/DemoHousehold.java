package io.jiandang.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One generated household as surveyed: where it lives, who belongs to it, its indicator answers (degrees
 * 0..1, two decimals, per item of {@link DemoPolicy}), its causes of poverty (main cause first) and areas, and the fate the
 * demo gives it in the registration procedure.
 *
 * @param number 1-based position in the generated county
 */
public record DemoHousehold(int number, String villageCode, String townshipCode, List<DemoMember> members,
                            Map<String, BigDecimal> answers, List<PovertyCause> causes, List<PovertyArea> areas,
                            ProcedurePlan plan) {

    public int people() {
        return members.size();
    }

    public DemoMember head() {
        return members.get(0);
    }
}
