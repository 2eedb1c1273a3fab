package io.jiandang.simulator;

import java.util.List;

/** A generated population: the plan it follows, the seed, and every surveyed household in survey order. */
public record Population(PopulationPlan plan, long seed, List<SimulatedHousehold> households) {

    public List<SimulatedHousehold> poorHouseholds() {
        return households.stream().filter(SimulatedHousehold::poor).toList();
    }

    public long people() {
        return households.stream().mapToLong(SimulatedHousehold::people).sum();
    }

    public long poorPeople() {
        return households.stream().filter(SimulatedHousehold::poor).mapToLong(SimulatedHousehold::people).sum();
    }

    /** People of the households planned to exit in the year. */
    public long exitingPeople(int year) {
        return households.stream().filter(h -> h.exitYear() == year).mapToLong(SimulatedHousehold::people).sum();
    }

    /** Poor people at the end of a year: the stock less the exits planned up to that year. */
    public long poorPeopleAtEndOf(int year) {
        return households.stream().filter(SimulatedHousehold::poor)
                .filter(h -> h.exitYear() == 0 || h.exitYear() > year).mapToLong(SimulatedHousehold::people).sum();
    }
}
