package io.jiandang.identityprovider;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.identityprovider.users.DemoDirectory;
import io.jiandang.identityprovider.users.DemoIdentity;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDirectoryTest {

    private static final DivisionCatalogue CATALOGUE = DivisionCatalogue.guangxi();
    private final DemoDirectory directory = new DemoDirectory(CATALOGUE);

    @Test
    void namedUsersSitOnRealDivisionsAroundBama() {
        assertThat(directory.namedUsers()).extracting(DemoIdentity::userId).containsExactly(
                "region-officer", "city-officer", "county-officer", "township-officer", "village-officer",
                "other-county-officer", "supervisor", "auditor", "cadre", "policy-admin", "operator");
        for (DemoIdentity identity : directory.namedUsers()) {
            Division division = CATALOGUE.get(identity.divisionCode());
            assertThat(division.level()).as(identity.userId()).isEqualTo(identity.level());
            assertThat(identity.name()).startsWith(division.name());
            assertThat(new Actor(identity.userId(), identity.role(), identity.level(), identity.divisionCode())
                    .hasWellFormedDivisionCode()).isTrue();
        }
        assertThat(directory.find("city-officer").orElseThrow().name()).isEqualTo("河池市扶贫信息员");
        assertThat(directory.find("other-county-officer").orElseThrow().divisionCode()).isEqualTo("451221");
        assertThat(directory.find("cadre").orElseThrow().role()).isEqualTo(Role.ASSISTANCE_CADRE);
    }

    @Test
    void demoTownshipAndVillageAreTheFirstOfTheirParents() {
        List<Division> townships = CATALOGUE.children(DemoDirectory.DEMO_COUNTY);
        assertThat(townships.get(0).code()).isEqualTo(DemoDirectory.DEMO_TOWNSHIP);
        assertThat(CATALOGUE.children(DemoDirectory.DEMO_TOWNSHIP).get(0).code()).isEqualTo(DemoDirectory.DEMO_VILLAGE);
        assertThat(directory.find("township-officer").orElseThrow().name()).isEqualTo("巴马镇扶贫信息员");
    }

    @Test
    void generatedOfficersExistExactlyForCatalogueDivisionsAtTheirLevel() {
        assertThat(directory.find("officer-village-451227101201")).get()
                .extracting(DemoIdentity::level, DemoIdentity::divisionCode, DemoIdentity::role)
                .containsExactly(DivisionLevel.VILLAGE, "451227101201", Role.INFORMATION_OFFICER);
        assertThat(directory.find("officer-township-451227101000")).isPresent();
        assertThat(directory.find("officer-county-451227")).isPresent();
        assertThat(directory.find("officer-city-451200")).isPresent();
        assertThat(directory.find("officer-region-450000")).isPresent();
        assertThat(directory.find(DemoDirectory.generatedOfficerId(DivisionLevel.VILLAGE, "451227100001"))).isPresent();

        assertThat(directory.find("officer-village-451227999999")).as("unknown code").isEmpty();
        assertThat(directory.find("officer-county-451227101201")).as("village code at county level").isEmpty();
        assertThat(directory.find("officer-village-451227")).as("county code at village level").isEmpty();
        assertThat(directory.find("officer-hamlet-451227101201")).as("no such level").isEmpty();
        assertThat(directory.find("officer-village-451227101201x")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void generatedCadresExistForEveryCatalogueVillageWithinTheBound() {
        assertThat(directory.find("cadre-451227101201-1")).get()
                .extracting(DemoIdentity::role, DemoIdentity::level, DemoIdentity::divisionCode, DemoIdentity::name)
                .containsExactly(Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, "451227101201", "百马村委会帮扶责任人1");
        assertThat(directory.find("cadre-451227101201-" + DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE)).isPresent();
        assertThat(directory.find(DemoDirectory.generatedCadreId("451227100001", 7)).orElseThrow().userId())
                .isEqualTo("cadre-451227100001-7");

        assertThat(directory.find("cadre-451227999999-1")).as("unknown village").isEmpty();
        assertThat(directory.find("cadre-451227101000-1")).as("township code").isEmpty();
        assertThat(directory.find("cadre-451227-1")).as("county code").isEmpty();
        assertThat(directory.find("cadre-451227101201-0")).as("n below the bound").isEmpty();
        assertThat(directory.find("cadre-451227101201-" + (DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE + 1)))
                .as("n above the bound").isEmpty();
        assertThat(directory.find("cadre-451227101201-01")).as("leading zero: one id per cadre").isEmpty();
        assertThat(directory.find("cadre-451227101201")).isEmpty();
        assertThat(directory.find("cadre-451227101201-1x")).isEmpty();
        assertThatThrownBy(() -> DemoDirectory.generatedCadreId("451227101201", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoDirectory.generatedCadreId("451227101201",
                DemoDirectory.MAX_GENERATED_CADRES_PER_VILLAGE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoDirectory.generatedCadreId("451227", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readmeTableListsEveryNamedUserWithItsRoleLevelCodeAndDivision() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (DemoIdentity identity : directory.namedUsers()) {
            String row = "| `" + identity.userId() + "` | " + identity.role() + " | " + identity.level() + " | "
                    + identity.divisionCode() + " | " + CATALOGUE.get(identity.divisionCode()).name();
            assertThat(readme).as(identity.userId()).contains(row);
        }
    }
}
