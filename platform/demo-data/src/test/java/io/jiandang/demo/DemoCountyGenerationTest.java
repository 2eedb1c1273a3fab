package io.jiandang.demo;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DemoCountyGenerationTest {

    private static final String BAMA = "451227";
    private static final DivisionCatalogue CATALOGUE = DivisionCatalogue.guangxi();
    private static final DemoCountyGenerator GENERATOR = new DemoCountyGenerator(CATALOGUE);
    private static final DemoCounty DEMO = GENERATOR.generate(BAMA, 300, 2017);
    /** A large county for the distributions, where 300 households would be too few to tell. */
    private static final DemoCounty LARGE = GENERATOR.generate(BAMA, 20_000, 7);

    private static List<DemoMember> members(DemoCounty county) {
        return county.households().stream().flatMap(h -> h.members().stream()).toList();
    }

    private static double share(DemoCounty county, Predicate<DemoHousehold> test) {
        return county.households().stream().filter(test).count() / (double) county.households().size();
    }

    @Test
    void sameSeedGivesTheSameCountyAndAnotherSeedAnotherOne() {
        assertThat(GENERATOR.generate(BAMA, 300, 2017)).isEqualTo(DEMO);
        assertThat(GENERATOR.generate(BAMA, 300, 2018).households()).isNotEqualTo(DEMO.households());
        assertThat(DEMO.households()).hasSize(300);
        assertThat(DEMO.countyName()).isEqualTo("巴马瑶族自治县");
    }

    @Test
    void everyHouseholdLivesInARealAdministrativeVillageOfTheCounty() {
        for (DemoHousehold household : DEMO.households()) {
            Division village = CATALOGUE.get(household.villageCode());
            assertThat(village.level()).isEqualTo(DivisionLevel.VILLAGE);
            assertThat(village.name()).endsWith("村委会");
            assertThat(CATALOGUE.isWithin(village.code(), BAMA)).isTrue();
            assertThat(household.townshipCode()).isEqualTo(village.parentCode());
        }
    }

    @Test
    void householdsAreSpreadOverAllTheVillagesEvenly() {
        long villages = CATALOGUE.villagesWithin(BAMA).stream().filter(v -> v.name().endsWith("村委会")).count();
        Map<String, Long> perVillage = DEMO.households().stream()
                .collect(Collectors.groupingBy(DemoHousehold::villageCode, Collectors.counting()));
        assertThat(perVillage).hasSize((int) Math.min(villages, 300));
        assertThat(perVillage.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - perVillage.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void everyMemberHasAValidUniqueIdNumberOfTheCountyMatchingSexAndBirthDate() {
        List<DemoMember> members = members(LARGE);
        Set<String> seen = new HashSet<>();
        for (DemoMember member : members) {
            assertThat(IdNumbers.isValid(member.idNumber())).isTrue();
            assertThat(member.idNumber()).startsWith(BAMA);
            assertThat(IdNumbers.isMale(member.idNumber())).isEqualTo(member.male());
            assertThat(IdNumbers.birthDate(member.idNumber())).isEqualTo(member.birthDate());
            assertThat(member.birthDate()).isBeforeOrEqualTo(DemoCountyGenerator.REFERENCE_DATE);
            assertThat(seen.add(member.idNumber())).as("ID numbers are unique").isTrue();
        }
    }

    @Test
    void householdsHaveOneToSevenMembersHeadedByAnAdultWithPlausibleRelations() {
        for (DemoHousehold household : LARGE.households()) {
            assertThat(household.people()).isBetween(1, 7);
            assertThat(household.members()).filteredOn(m -> m.relationToHead() == Relation.HEAD).hasSize(1);
            assertThat(household.head().relationToHead()).isEqualTo(Relation.HEAD);
            int headAge = age(household.head());
            assertThat(headAge).isGreaterThanOrEqualTo(18);
            assertThat(household.members()).filteredOn(m -> m.relationToHead() == Relation.SPOUSE).hasSizeLessThanOrEqualTo(1);
            household.members().stream().filter(m -> m.relationToHead() == Relation.CHILD)
                    .forEach(child -> assertThat(age(child)).isLessThanOrEqualTo(headAge - 18));
            household.members().stream().filter(m -> m.relationToHead() == Relation.PARENT)
                    .forEach(parent -> assertThat(age(parent)).isGreaterThanOrEqualTo(headAge + 18));
            household.members().forEach(m -> assertThat(m.name()).hasSizeBetween(2, 3));
        }
        double mean = LARGE.people() / (double) LARGE.households().size();
        assertThat(mean).isBetween(3.0, 4.5);
    }

    private static int age(DemoMember member) {
        return Period.between(member.birthDate(), DemoCountyGenerator.REFERENCE_DATE).getYears();
    }

    @Test
    void mainCausesFollowTheReportsShares() {
        Map<PovertyCause, Integer> counts = DemoCountyGenerator.mainCauseCounts(LARGE);
        double n = LARGE.households().size();
        assertThat(counts.get(PovertyCause.LACK_OF_FUNDS) / n).isCloseTo(0.316, within(0.015));
        assertThat(counts.get(PovertyCause.ILLNESS) / n).isCloseTo(0.188, within(0.015));
        assertThat(counts.get(PovertyCause.SCHOOLING) / n).isCloseTo(0.156, within(0.015));
        assertThat(counts.get(PovertyCause.LACK_OF_LABOUR) / n).isCloseTo(0.092, within(0.01));
        assertThat(counts.get(PovertyCause.DISABILITY) / n).isCloseTo(0.074, within(0.01));
        assertThat(counts.get(PovertyCause.LACK_OF_SKILLS) / n).isCloseTo(0.067, within(0.01));
        double rest = (counts.get(PovertyCause.DISASTER) + counts.get(PovertyCause.OTHER)) / n;
        assertThat(rest).isCloseTo(0.107, within(0.015));
    }

    @Test
    void aboutOneHouseholdInFourHasThreeCausesAndNoneRepeatsACause() {
        assertThat(share(LARGE, h -> h.causes().size() == 3)).isCloseTo(0.235, within(0.015));
        assertThat(LARGE.households()).allMatch(h -> !h.causes().isEmpty() && h.causes().size() <= 3
                && new HashSet<>(h.causes()).size() == h.causes().size());
    }

    @Test
    void areasAreDrawnWithTheReportsSharesAndSharedByAVillage() {
        Random random = new Random(11);
        int draws = 20_000;
        int[] counts = new int[PovertyArea.values().length];
        for (int i = 0; i < draws; i++) {
            DemoCountyGenerator.drawAreas(random).forEach(a -> counts[a.ordinal()]++);
        }
        for (PovertyArea area : PovertyArea.values()) {
            assertThat(counts[area.ordinal()] / (double) draws).as(area.name())
                    .isCloseTo(area.sharePercent() / 100, within(0.015));
        }
        Map<String, Set<List<PovertyArea>>> areasPerVillage = DEMO.households().stream().collect(Collectors.groupingBy(
                DemoHousehold::villageCode, Collectors.mapping(DemoHousehold::areas, Collectors.toSet())));
        assertThat(areasPerVillage.values()).allMatch(set -> set.size() == 1);
    }

    @Test
    void answersCoverEveryIndicatorAndScoresSpreadFromVeryPoorToWellOff() {
        Set<String> items = DemoPolicy.indicators().stream().map(DemoPolicy.Indicator::item).collect(Collectors.toSet());
        double[] scores = DEMO.households().stream().mapToDouble(h -> {
            assertThat(h.answers().keySet()).isEqualTo(items);
            assertThat(h.answers().values()).allMatch(v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0
                    && v.scale() == 2);
            return DemoPolicy.weightedScore(h.answers());
        }).sorted().toArray();
        assertThat(scores[0]).isLessThan(25);
        assertThat(scores[scores.length - 1]).isGreaterThan(80);
        double mean = Arrays.stream(scores).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).average().orElseThrow());
        assertThat(sd).isGreaterThan(12);
        // no pile-up on one value: a cut-off can separate about 30% of the people
        assertThat(Arrays.stream(scores).distinct().count()).isGreaterThan(250);
    }

    @Test
    void causesPullDownTheItemsTheyConcern() {
        double illHealth = LARGE.households().stream().filter(h -> h.causes().contains(PovertyCause.ILLNESS))
                .mapToDouble(h -> h.answers().get(DemoPolicy.MEMBERS_HEALTH).doubleValue()).average().orElseThrow();
        double otherHealth = LARGE.households().stream().filter(h -> !h.causes().contains(PovertyCause.ILLNESS)
                        && !h.causes().contains(PovertyCause.DISABILITY))
                .mapToDouble(h -> h.answers().get(DemoPolicy.MEMBERS_HEALTH).doubleValue()).average().orElseThrow();
        assertThat(illHealth).isLessThan(otherHealth - 0.15);
    }

    @Test
    void mostCandidatesPassSomeAreRejectedAtAVillageDeliberationWithAReasonAndAFewVetoedWithEvidence() {
        assertThat(share(LARGE, h -> h.plan().outcome() == ProcedurePlan.Outcome.PASS_ALL)).isCloseTo(0.85, within(0.015));
        assertThat(share(LARGE, h -> h.plan().outcome() == ProcedurePlan.Outcome.REJECT)).isCloseTo(0.10, within(0.01));
        assertThat(share(LARGE, h -> h.plan().outcome() == ProcedurePlan.Outcome.VETO)).isCloseTo(0.05, within(0.01));
        Set<String> vetoCodes = DemoPolicy.policy().vetoRules().stream().map(DemoPolicy.VetoRule::code).collect(Collectors.toSet());
        for (DemoHousehold household : LARGE.households()) {
            ProcedurePlan plan = household.plan();
            switch (plan.outcome()) {
                case REJECT -> {
                    assertThat(plan.rejectedAt()).isIn(RegistrationStep.VILLAGE_GROUP_DELIBERATION,
                            RegistrationStep.VILLAGE_REPRESENTATIVES_DELIBERATION);
                    assertThat(plan.reason()).isNotBlank();
                }
                case VETO -> {
                    assertThat(plan.vetoCode()).isIn(vetoCodes);
                    assertThat(plan.evidence()).isNotBlank();
                }
                case PASS_ALL -> assertThat(plan.rejectedAt()).isNull();
            }
        }
        assertThat(LARGE.households().stream().map(h -> h.plan().vetoCode()).collect(Collectors.toSet()))
                .containsAll(DemoPolicy.vetoesNamedByTheReport());
    }

    @Test
    void thePolicyNamesTheReportsThreeVetoesAndLabelsTheOthersAsExamples() {
        DemoPolicy.Policy policy = DemoPolicy.policy();
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.noticePeriodDays()).isEqualTo(7);
        assertThat(policy.indicators().stream().mapToInt(DemoPolicy.Indicator::weight).sum()).isEqualTo(100);
        assertThat(policy.vetoRules()).extracting(DemoPolicy.VetoRule::code).containsAll(DemoPolicy.vetoesNamedByTheReport());
        assertThat(policy.vetoRules()).filteredOn(r -> !DemoPolicy.vetoesNamedByTheReport().contains(r.code()))
                .isNotEmpty().allMatch(r -> r.description().contains("example"));
        assertThat(policy.vetoRules()).allMatch(r -> r.blocks().equals("REGISTRATION_AND_KEEPING"));
    }

    @Test
    void membersPrintWithoutTheirIdNumbers() {
        DemoMember member = DEMO.households().get(0).head();
        assertThat(member.toString()).doesNotContain(member.idNumber()).contains(IdNumbers.mask(member.idNumber()));
        assertThat(DEMO.households().get(0).toString()).doesNotContain(member.idNumber());
    }

    @Test
    void refusesACodeThatIsNotACounty() {
        assertThatThrownBy(() -> GENERATOR.generate("451200", 10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("451200");
        assertThatThrownBy(() -> GENERATOR.generate(BAMA, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worksForEveryCountyOfTheRegion() {
        for (Division county : CATALOGUE.atLevel(DivisionLevel.COUNTY)) {
            DemoCounty demo = GENERATOR.generate(county.code(), 20, 3);
            assertThat(demo.households()).allMatch(h -> CATALOGUE.isWithin(h.villageCode(), county.code()));
        }
        assertThat(LocalDate.of(2016, 7, 31)).isEqualTo(DemoCountyGenerator.REFERENCE_DATE);
    }
}
