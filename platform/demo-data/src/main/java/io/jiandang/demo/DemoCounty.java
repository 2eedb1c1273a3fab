package io.jiandang.demo;

import java.util.List;

/** A generated demo county: its households in survey order. */
public record DemoCounty(String countyCode, String countyName, long seed, List<DemoHousehold> households) {

    public int people() {
        return households.stream().mapToInt(DemoHousehold::people).sum();
    }
}
