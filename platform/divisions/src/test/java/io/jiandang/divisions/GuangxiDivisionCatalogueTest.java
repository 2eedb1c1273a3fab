package io.jiandang.divisions;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuangxiDivisionCatalogueTest {

    private static final String GUANGXI = "450000";
    private static final String HECHI = "451200";
    private static final String NANNING = "450100";
    private static final String BAMA = "451227";
    private static final String JIAZHUAN_TOWNSHIP = "451227101000";
    private static final String BAIMA_VILLAGE = "451227101201";
    private static final String XINGNING_COMMUNITY_NANNING = "450102001003";

    private final DivisionCatalogue catalogue = DivisionCatalogue.guangxi();

    @Test
    void holdsTheWholeRegionDownToTheVillagesOfThe2016Release() {
        assertThat(catalogue.atLevel(DivisionLevel.REGION)).hasSize(1);
        assertThat(catalogue.atLevel(DivisionLevel.CITY)).hasSize(14);
        assertThat(catalogue.atLevel(DivisionLevel.COUNTY)).hasSize(111);
        assertThat(catalogue.atLevel(DivisionLevel.TOWNSHIP)).hasSize(1_293);
        assertThat(catalogue.atLevel(DivisionLevel.VILLAGE)).hasSize(16_449);
        assertThat(catalogue.size()).isEqualTo(1 + 14 + 111 + 1_293 + 16_449);
        assertThat(catalogue.villagesWithin(GUANGXI)).hasSize(16_449);
    }

    @Test
    void mapsTheSourceLevelNamesToDivisionLevels() {
        assertThat(catalogue.get(GUANGXI)).isEqualTo(new Division(GUANGXI, "广西壮族自治区", DivisionLevel.REGION, null));
        assertThat(catalogue.get(HECHI)).isEqualTo(new Division(HECHI, "河池市", DivisionLevel.CITY, GUANGXI));
        assertThat(catalogue.get(BAMA)).isEqualTo(new Division(BAMA, "巴马瑶族自治县", DivisionLevel.COUNTY, HECHI));
        assertThat(catalogue.get(JIAZHUAN_TOWNSHIP))
                .isEqualTo(new Division(JIAZHUAN_TOWNSHIP, "甲篆镇", DivisionLevel.TOWNSHIP, BAMA));
        assertThat(catalogue.get(BAIMA_VILLAGE))
                .isEqualTo(new Division(BAIMA_VILLAGE, "百马村委会", DivisionLevel.VILLAGE, JIAZHUAN_TOWNSHIP));
        assertThat(catalogue.levelOf(BAIMA_VILLAGE)).isEqualTo(DivisionLevel.VILLAGE);
    }

    @Test
    void parentOfEachLevelIsTheDivisionOneLevelUp() {
        assertThat(catalogue.parent(BAIMA_VILLAGE)).map(Division::code).contains(JIAZHUAN_TOWNSHIP);
        assertThat(catalogue.parent(JIAZHUAN_TOWNSHIP)).map(Division::code).contains(BAMA);
        assertThat(catalogue.parent(BAMA)).map(Division::code).contains(HECHI);
        assertThat(catalogue.parent(HECHI)).map(Division::code).contains(GUANGXI);
        assertThat(catalogue.parent(GUANGXI)).isEmpty();
    }

    @Test
    void childrenAreTheDivisionsOneLevelDownInCodeOrder() {
        List<Division> cities = catalogue.children(GUANGXI);
        assertThat(cities).hasSize(14).allMatch(city -> city.level() == DivisionLevel.CITY);
        assertThat(catalogue.children(HECHI)).extracting(Division::code).contains(BAMA, "451281");
        List<String> bamaTownships = catalogue.children(BAMA).stream().map(Division::code).toList();
        assertThat(bamaTownships).hasSize(10).isSorted().contains(JIAZHUAN_TOWNSHIP);
        assertThat(catalogue.children(JIAZHUAN_TOWNSHIP)).extracting(Division::code).contains(BAIMA_VILLAGE)
                .allMatch(code -> code.startsWith("451227101"));
        assertThat(catalogue.children(BAIMA_VILLAGE)).isEmpty();
    }

    @Test
    void isWithinFollowsTheParentChainAcrossTheSixAndTwelveDigitForms() {
        assertThat(catalogue.isWithin(BAMA, HECHI)).isTrue();
        assertThat(catalogue.isWithin(JIAZHUAN_TOWNSHIP, BAMA)).isTrue();
        assertThat(catalogue.isWithin(BAIMA_VILLAGE, BAMA)).isTrue();
        assertThat(catalogue.isWithin(BAIMA_VILLAGE, HECHI)).isTrue();
        assertThat(catalogue.isWithin(BAIMA_VILLAGE, GUANGXI)).isTrue();
        assertThat(catalogue.isWithin(BAMA, BAMA)).isTrue();
        assertThat(catalogue.isWithin(BAIMA_VILLAGE, BAIMA_VILLAGE)).isTrue();
    }

    @Test
    void isWithinIsFalseUpwardsAndAcrossBranches() {
        assertThat(catalogue.isWithin(HECHI, BAMA)).isFalse();
        assertThat(catalogue.isWithin(BAMA, BAIMA_VILLAGE)).isFalse();
        assertThat(catalogue.isWithin(GUANGXI, HECHI)).isFalse();
        assertThat(catalogue.isWithin(BAMA, NANNING)).isFalse();
        assertThat(catalogue.isWithin(XINGNING_COMMUNITY_NANNING, BAMA)).isFalse();
        assertThat(catalogue.isWithin(XINGNING_COMMUNITY_NANNING, NANNING)).isTrue();
    }

    @Test
    void everyVillageLiesWithinItsCountyAndCityByTheParentChain() {
        for (Division county : catalogue.atLevel(DivisionLevel.COUNTY)) {
            for (Division village : catalogue.villagesWithin(county.code())) {
                assertThat(catalogue.ancestors(village.code()).get(1)).isEqualTo(county);
            }
        }
    }

    @Test
    void villagesWithinACountyAreItsOwnRealVillages() {
        List<Division> villages = catalogue.villagesWithin(BAMA);
        assertThat(villages).isNotEmpty()
                .allMatch(v -> v.level() == DivisionLevel.VILLAGE && v.code().startsWith(BAMA))
                .extracting(Division::code).contains(BAIMA_VILLAGE).isSorted();
        int sumOverTownships = catalogue.children(BAMA).stream()
                .mapToInt(t -> catalogue.children(t.code()).size()).sum();
        assertThat(villages).hasSize(sumOverTownships);
        assertThat(catalogue.villagesWithin(BAIMA_VILLAGE)).extracting(Division::code).containsExactly(BAIMA_VILLAGE);
    }

    @Test
    void ancestorsRunFromTheParentUpToTheRegion() {
        assertThat(catalogue.ancestors(BAIMA_VILLAGE)).extracting(Division::code)
                .containsExactly(JIAZHUAN_TOWNSHIP, BAMA, HECHI, GUANGXI);
        assertThat(catalogue.ancestors(GUANGXI)).isEmpty();
    }

    @Test
    void unknownCodeIsAnErrorThatNamesTheCode() {
        assertThat(catalogue.find("459999")).isEmpty();
        assertThatThrownBy(() -> catalogue.get("459999"))
                .isInstanceOf(UnknownDivisionException.class)
                .hasMessageContaining("459999")
                .extracting(e -> ((UnknownDivisionException) e).code()).isEqualTo("459999");
        assertThatThrownBy(() -> catalogue.isWithin("451227999999", BAMA))
                .isInstanceOf(UnknownDivisionException.class).hasMessageContaining("451227999999");
        assertThatThrownBy(() -> catalogue.children("12")).isInstanceOf(UnknownDivisionException.class);
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void acceptsTheSignificantDigitPrefixOfADivisionAndAnswersWithTheCanonicalCode() {
        assertThat(catalogue.find("451227101")).map(Division::code).contains(JIAZHUAN_TOWNSHIP);
        assertThat(catalogue.find("4512")).map(Division::code).contains(HECHI);
        assertThat(catalogue.find("45")).map(Division::code).contains(GUANGXI);
        assertThat(catalogue.find("451227000000")).map(Division::code).contains(BAMA);
        assertThat(catalogue.isWithin(BAIMA_VILLAGE, "451227101")).isTrue();
    }

    @Test
    void knowsThePoorCountiesOfTheCampaign() {
        assertThat(catalogue.isPoorCounty(BAMA)).isTrue();
        assertThat(catalogue.isPoorCounty("450102")).isFalse(); // 兴宁区, Nanning's city district
        assertThat(catalogue.isPoorCounty(HECHI)).isFalse();
        assertThat(catalogue.isPoorCounty("459999")).isFalse();
        long poor = catalogue.atLevel(DivisionLevel.COUNTY).stream().filter(c -> catalogue.isPoorCounty(c.code())).count();
        assertThat(poor).isEqualTo(50);
    }

    @Test
    void everyThreadGetsTheSameLoadedCatalogue() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<DivisionCatalogue> load = DivisionCatalogue::guangxi;
            List<Future<DivisionCatalogue>> results = pool.invokeAll(List.of(load, load, load, load, load, load));
            Set<DivisionCatalogue> distinct = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
            assertThat(distinct).containsExactly(catalogue);
        } finally {
            pool.shutdownNow();
        }
    }
}
