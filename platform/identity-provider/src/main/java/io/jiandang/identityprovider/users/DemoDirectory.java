package io.jiandang.identityprovider.users;

import io.jiandang.divisions.Division;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo users of local runs. LOCAL RUNS ONLY: every one of them has the password {@value #DEMO_PASSWORD}.
 *
 * <p>Three kinds: the named users of the README (one per role and level, on real Guangxi codes around 巴马瑶族自治县);
 * generated information officers {@code officer-<level>-<code>} that exist for every division of the
 * catalogue, so that the demo loader can act at each village, township and county through the public API; and
 * generated assistance cadres (帮扶责任人) {@code cadre-<villageCode>-<n>}, {@code n} from 1 to
 * {@value #MAX_GENERATED_CADRES_PER_VILLAGE}, for every village of the catalogue, so that a simulation can pair each
 * household with a cadre of its own village who has a login and can sign (a cadre is paired with a few households
 * only, so a village needs several).
 */
public final class DemoDirectory {

    public static final String DEMO_PASSWORD = "demo";

    /** 巴马瑶族自治县, the demo county (a national poverty county in 河池市). */
    public static final String DEMO_COUNTY = "451227";
    /** 南丹县, the neighbouring county whose officer must be refused in 巴马. */
    public static final String OTHER_COUNTY = "451221";
    /** 巴马镇, the first township of the demo county in the NBS 2016 list. */
    public static final String DEMO_TOWNSHIP = "451227100000";
    /** 城东居委会, the first village of 巴马镇. */
    public static final String DEMO_VILLAGE = "451227100001";

    private static final Pattern GENERATED_OFFICER =
            Pattern.compile("officer-(region|city|county|township|village)-(\\d{6}|\\d{12})");
    /** How many generated cadres a village has: enough for a few hundred paired households at a policy's usual limit. */
    public static final int MAX_GENERATED_CADRES_PER_VILLAGE = 99;
    // n without leading zeros, so that every generated cadre has exactly one id; its bound is checked after parsing
    private static final Pattern GENERATED_CADRE = Pattern.compile("cadre-(\\d{12})-([1-9]\\d{0,2})");

    private static final Map<Role, String> ROLE_TITLES = Map.of(
            Role.INFORMATION_OFFICER, "扶贫信息员",
            Role.SUPERVISOR, "扶贫开发领导小组",
            Role.AUDITOR, "第三方评估",
            Role.ASSISTANCE_CADRE, "帮扶责任人",
            Role.POLICY_ADMINISTRATOR, "政策管理员",
            Role.OPERATOR, "系统运维");

    private final DivisionCatalogue catalogue;
    private final Map<String, DemoIdentity> namedUsers = new LinkedHashMap<>();

    public DemoDirectory(DivisionCatalogue catalogue) {
        this.catalogue = catalogue;
        name("region-officer", Role.INFORMATION_OFFICER, DivisionLevel.REGION, "450000");
        name("city-officer", Role.INFORMATION_OFFICER, DivisionLevel.CITY, "451200");
        name("county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, DEMO_COUNTY);
        name("township-officer", Role.INFORMATION_OFFICER, DivisionLevel.TOWNSHIP, DEMO_TOWNSHIP);
        name("village-officer", Role.INFORMATION_OFFICER, DivisionLevel.VILLAGE, DEMO_VILLAGE);
        name("other-county-officer", Role.INFORMATION_OFFICER, DivisionLevel.COUNTY, OTHER_COUNTY);
        name("supervisor", Role.SUPERVISOR, DivisionLevel.COUNTY, DEMO_COUNTY);
        name("auditor", Role.AUDITOR, DivisionLevel.REGION, "450000");
        name("cadre", Role.ASSISTANCE_CADRE, DivisionLevel.VILLAGE, DEMO_VILLAGE);
        name("policy-admin", Role.POLICY_ADMINISTRATOR, DivisionLevel.REGION, "450000");
        name("operator", Role.OPERATOR, DivisionLevel.REGION, "450000");
    }

    private void name(String userId, Role role, DivisionLevel level, String code) {
        namedUsers.put(userId, identity(userId, role, catalogue.get(code), level));
    }

    /** The named demo users, in the README's order. */
    public List<DemoIdentity> namedUsers() {
        return Collections.unmodifiableList(new ArrayList<>(namedUsers.values()));
    }

    /**
     * A named user, a generated officer whose code exists at its level in the catalogue, or a generated cadre of a
     * catalogue village with {@code n} within 1..{@value #MAX_GENERATED_CADRES_PER_VILLAGE}.
     */
    public Optional<DemoIdentity> find(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        DemoIdentity named = namedUsers.get(userId);
        if (named != null) {
            return Optional.of(named);
        }
        return generatedOfficer(userId).or(() -> generatedCadre(userId));
    }

    /** The id of the generated officer of a division, e.g. {@code officer-village-451227101201}. */
    public static String generatedOfficerId(DivisionLevel level, String divisionCode) {
        return "officer-" + level.name().toLowerCase(Locale.ROOT) + "-" + divisionCode;
    }

    /**
     * The id of the {@code n}th generated cadre of a village, e.g. {@code cadre-451227101201-3}.
     *
     * @throws IllegalArgumentException if {@code n} is outside 1..{@value #MAX_GENERATED_CADRES_PER_VILLAGE} or the
     *                                  code has not the 12 digits of a village (whether the village exists is checked
     *                                  when the login is used)
     */
    public static String generatedCadreId(String villageCode, int n) {
        if (n < 1 || n > MAX_GENERATED_CADRES_PER_VILLAGE) {
            throw new IllegalArgumentException("A village has generated cadres 1 to " + MAX_GENERATED_CADRES_PER_VILLAGE
                    + ", not " + n);
        }
        if (villageCode == null || !villageCode.matches("\\d{12}")) {
            throw new IllegalArgumentException("Not a village code (12 digits): " + villageCode);
        }
        return "cadre-" + villageCode + "-" + n;
    }

    private Optional<DemoIdentity> generatedCadre(String userId) {
        Matcher matcher = GENERATED_CADRE.matcher(userId);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) > MAX_GENERATED_CADRES_PER_VILLAGE) {
            return Optional.empty();
        }
        int n = Integer.parseInt(matcher.group(2));
        return catalogue.find(matcher.group(1))
                .filter(division -> division.level() == DivisionLevel.VILLAGE)
                .map(village -> {
                    DemoIdentity cadre = identity(userId, Role.ASSISTANCE_CADRE, village, DivisionLevel.VILLAGE);
                    return new DemoIdentity(cadre.userId(), cadre.role(), cadre.level(), cadre.divisionCode(),
                            cadre.name() + n);
                });
    }

    private Optional<DemoIdentity> generatedOfficer(String userId) {
        Matcher matcher = GENERATED_OFFICER.matcher(userId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        DivisionLevel level = DivisionLevel.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        return catalogue.find(matcher.group(2))
                .filter(division -> division.level() == level)
                .map(division -> identity(userId, Role.INFORMATION_OFFICER, division, level));
    }

    private static DemoIdentity identity(String userId, Role role, Division division, DivisionLevel level) {
        if (division.level() != level) {
            throw new IllegalStateException(division.code() + " is not at level " + level);
        }
        return new DemoIdentity(userId, role, level, division.code(), division.name() + ROLE_TITLES.get(role));
    }
}
