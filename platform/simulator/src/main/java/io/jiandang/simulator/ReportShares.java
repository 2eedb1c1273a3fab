package io.jiandang.simulator;

import io.jiandang.demo.PovertyArea;
import io.jiandang.demo.PovertyCause;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws causes of poverty and areas with the report's shares (the enums of demo-data carry them), the way the
 * demo county does: a main cause by the 2015 shares, 23.5% of households with three causes (30% with two, as
 * the demo assumes), each kind of area independently with its share.
 */
final class ReportShares {

    static final double THREE_CAUSES_SHARE = 0.235;
    static final double TWO_CAUSES_SHARE = 0.30;

    private ReportShares() {
    }

    static List<PovertyCause> drawCauses(Random random) {
        double roll = random.nextDouble();
        int count = roll < THREE_CAUSES_SHARE ? 3 : roll < THREE_CAUSES_SHARE + TWO_CAUSES_SHARE ? 2 : 1;
        Set<PovertyCause> remaining = EnumSet.allOf(PovertyCause.class);
        List<PovertyCause> causes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PovertyCause cause = weighted(remaining, random);
            causes.add(cause);
            remaining.remove(cause);
        }
        return List.copyOf(causes);
    }

    static List<PovertyArea> drawAreas(Random random) {
        List<PovertyArea> areas = new ArrayList<>();
        for (PovertyArea area : PovertyArea.values()) {
            if (random.nextDouble() * 100 < area.sharePercent()) {
                areas.add(area);
            }
        }
        return List.copyOf(areas);
    }

    private static PovertyCause weighted(Set<PovertyCause> candidates, Random random) {
        double total = candidates.stream().mapToDouble(PovertyCause::sharePercent).sum();
        double pick = random.nextDouble() * total;
        PovertyCause last = null;
        for (PovertyCause cause : candidates) {
            last = cause;
            pick -= cause.sharePercent();
            if (pick < 0) {
                return cause;
            }
        }
        return last;
    }
}
