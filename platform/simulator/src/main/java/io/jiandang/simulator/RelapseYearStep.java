package io.jiandang.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Relapses (返贫) of a simulated year: none planned. Table 1 gives no relapse for 2014–2016 (the report names no
 * yearly relapse figure), so the simulation sends nothing to relapse-service and says so; it invents no rate.
 */
public final class RelapseYearStep implements YearStep {

    @Override
    public String name() {
        return "relapses";
    }

    @Override
    public StepResult run(SimulationContext context, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("plannedRelapseHouseholds", 0L);
        return new StepResult(name(), year, StepResult.Status.DONE, counts,
                "none planned: Table 1 has no relapses for " + year + "; nothing sent to relapse-service");
    }
}
