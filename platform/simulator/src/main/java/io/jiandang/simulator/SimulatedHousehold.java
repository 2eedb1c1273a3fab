package io.jiandang.simulator;

import io.jiandang.demo.DemoMember;
import io.jiandang.demo.PovertyArea;
import io.jiandang.demo.PovertyCause;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One simulated rural household as its village officer surveys it.
 *
 * @param number    1-based position in the population (stable for a seed and scale)
 * @param poor      whether the plan makes it one of the registered poor (its answers put it under the line)
 * @param exitYear  the year the plan lets it exit (脱贫), or 0 while it stays poor through 2016 or is not poor
 * @param causes    causes of poverty (main cause first); empty for a household that is not poor
 */
public record SimulatedHousehold(int number, String cityCode, String countyCode, String townshipCode, String villageCode,
                                 List<DemoMember> members, Map<String, BigDecimal> answers, List<PovertyCause> causes,
                                 List<PovertyArea> areas, boolean poor, int exitYear) {

    public int people() {
        return members.size();
    }

    SimulatedHousehold exitingIn(int year) {
        return new SimulatedHousehold(number, cityCode, countyCode, townshipCode, villageCode, members, answers, causes,
                areas, poor, year);
    }
}
