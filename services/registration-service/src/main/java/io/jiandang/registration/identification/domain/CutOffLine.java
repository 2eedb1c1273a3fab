package io.jiandang.registration.identification.domain;

import io.jiandang.registration.identification.api.ScoredHousehold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cut-off line (分数线), set like a college-entrance line: rank the county's households by score, poorest
 * (lowest) first, and draw the line where the households at or below it hold the number of people closest to
 * the county's poverty scale.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Households with the same score are kept together: the line falls between two scores, never inside one
 *       (two households scored alike are equally poor, so both are candidates or neither).</li>
 *   <li>The line is drawn after the score group whose cumulative people are closest to the scale.</li>
 *   <li>When two lines are equally close (one below the scale, one above), the lower line is taken: the scale
 *       is the number assigned to the county, and the procedure can still admit households later, while a
 *       household nominated wrongly has to be rejected one by one.</li>
 *   <li>The line holds at least the poorest score group, even when that group alone exceeds the scale.</li>
 * </ol>
 *
 * @param cutOffScore the highest score at or below the line
 * @param candidates  the candidate households, poorest first (ties by household id)
 * @param people      the people the candidates hold
 * @param ranked      how many households were ranked
 */
public record CutOffLine(BigDecimal cutOffScore, List<String> candidates, int people, int ranked) {

    public static CutOffLine fit(int povertyScale, List<ScoredHousehold> households) {
        if (households.isEmpty()) {
            throw new IllegalArgumentException("No household to rank");
        }
        // TreeMap on BigDecimal compares by value, so 31.5 and 31.50 fall into one group
        Map<BigDecimal, List<ScoredHousehold>> groups = new TreeMap<>();
        households.forEach(h -> groups.computeIfAbsent(h.score(), s -> new ArrayList<>()).add(h));

        List<String> candidates = new ArrayList<>();
        List<String> chosen = List.of();
        BigDecimal chosenScore = null;
        int chosenPeople = 0;
        long bestDistance = Long.MAX_VALUE;
        int cumulative = 0;
        for (Map.Entry<BigDecimal, List<ScoredHousehold>> group : groups.entrySet()) {
            group.getValue().sort(Comparator.comparing(ScoredHousehold::householdId));
            for (ScoredHousehold household : group.getValue()) {
                candidates.add(household.householdId());
                cumulative += household.people();
            }
            long distance = Math.abs((long) cumulative - povertyScale);
            // strictly closer only: on a tie the lower line, found first, stays
            if (distance < bestDistance) {
                bestDistance = distance;
                chosen = List.copyOf(candidates);
                chosenScore = group.getKey();
                chosenPeople = cumulative;
            }
            if (cumulative >= povertyScale) {
                break; // every further group is farther from the scale
            }
        }
        return new CutOffLine(chosenScore, chosen, chosenPeople, households.size());
    }
}
