package io.jiandang.divisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The division catalogue (行政区划目录) of Guangxi, region to village, NBS 2016 vintage (see SOURCE.md
 * next to the CSV files). Immutable once built, so one instance is shared by all threads.
 *
 * <p>Lookups take the canonical codes ({@code 450000}, {@code 451200}, {@code 451227},
 * {@code 451227101000}, {@code 451227101201}) and, for convenience, the significant-digit prefix of a
 * division ({@code 45}, {@code 4512}, {@code 451227101}) or a zero-padded 12-digit form of a division
 * above the township ({@code 451227000000}); answers always carry the canonical code.
 *
 * <p>Containment follows the parent chain, never string prefixes alone, because a township's 12-digit
 * code and its county's 6-digit code are different forms.
 */
public final class DivisionCatalogue {

    private static final String RESOURCE_DIR = "/io/jiandang/divisions/";
    private static final Comparator<Division> BY_CODE = Comparator.comparing(Division::code);

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> childrenByCode;
    private final Set<String> poorCountyCodes;

    private DivisionCatalogue(Map<String, Division> byCode, Set<String> poorCountyCodes) {
        this.byCode = Map.copyOf(byCode);
        this.poorCountyCodes = Set.copyOf(poorCountyCodes);
        Map<String, List<Division>> children = new HashMap<>();
        for (Division division : byCode.values()) {
            children.computeIfAbsent(division.code(), c -> new ArrayList<>());
            if (division.parentCode() != null) {
                children.computeIfAbsent(division.parentCode(), c -> new ArrayList<>()).add(division);
            }
        }
        children.replaceAll((code, list) -> {
            list.sort(BY_CODE);
            return List.copyOf(list);
        });
        this.childrenByCode = Map.copyOf(children);
        verifyHierarchy();
    }

    /** The Guangxi catalogue, read from the class path on first use and cached for the JVM's lifetime. */
    public static DivisionCatalogue guangxi() {
        return GuangxiHolder.INSTANCE;
    }

    /** Lazy holder: the JVM's class initialisation makes the one-time load thread-safe without locks. */
    private static final class GuangxiHolder {
        static final DivisionCatalogue INSTANCE = load();
    }

    private static DivisionCatalogue load() {
        Map<String, Division> divisions = new HashMap<>(32_768);
        Consumer<Division> add = division -> {
            if (divisions.put(division.code(), division) != null) {
                throw new IllegalStateException("Duplicate division code " + division.code());
            }
        };
        for (String file : List.of("guangxi-divisions-county.csv", "guangxi-divisions-township.csv",
                "guangxi-divisions-village.csv")) {
            readCsv(file, "code,name,level,parent_code", 4,
                    columns -> add.accept(new Division(columns[0], columns[1], levelOf(columns[2], file),
                            columns[3].isEmpty() ? null : columns[3])));
        }
        Set<String> poor = new HashSet<>();
        readCsv("guangxi-poor-counties.csv", "code,name,kind,code_2023,name_2023,exit_year,source", 7,
                columns -> poor.add(columns[0]));
        return new DivisionCatalogue(divisions, poor);
    }

    private static DivisionLevel levelOf(String sourceLevel, String file) {
        return switch (sourceLevel) {
            case "province" -> DivisionLevel.REGION;
            case "city" -> DivisionLevel.CITY;
            case "county" -> DivisionLevel.COUNTY;
            case "township" -> DivisionLevel.TOWNSHIP;
            case "village" -> DivisionLevel.VILLAGE;
            default -> throw new IllegalStateException("Unknown level '" + sourceLevel + "' in " + file);
        };
    }

    private static void readCsv(String file, String expectedHeader, int columnCount, Consumer<String[]> row) {
        try (InputStream in = DivisionCatalogue.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Division data " + file + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!expectedHeader.equals(header)) {
                throw new IllegalStateException("Unexpected header in " + file + ": " + header);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                // The files carry no quoting: no name contains a comma (see SOURCE.md).
                String[] columns = line.split(",", -1);
                if (columns.length != columnCount) {
                    throw new IllegalStateException(file + " line " + lineNumber + ": expected "
                            + columnCount + " columns, found " + columns.length);
                }
                row.accept(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read division data " + file, e);
        }
    }

    /** Fail fast at load time rather than answer a containment question wrongly later. */
    private void verifyHierarchy() {
        for (Division division : byCode.values()) {
            if (division.level() == DivisionLevel.REGION) {
                continue;
            }
            Division parent = byCode.get(division.parentCode());
            if (parent == null || parent.level().below() != division.level()) {
                throw new IllegalStateException("Division " + division.code() + " has no parent one level up ("
                        + division.parentCode() + ")");
            }
        }
        for (String code : poorCountyCodes) {
            Division county = byCode.get(code);
            if (county == null || county.level() != DivisionLevel.COUNTY) {
                throw new IllegalStateException("Poor county " + code + " is not a county of the catalogue");
            }
        }
    }

    private Division lookup(String code) {
        if (code == null) {
            return null;
        }
        Division exact = byCode.get(code);
        if (exact != null) {
            return exact;
        }
        String canonical = switch (code.length()) {
            case 2 -> code + "0000";
            case 4 -> code + "00";
            case 9 -> code + "000";
            case 12 -> code.endsWith("000000") ? code.substring(0, 6) : null;
            default -> null;
        };
        return canonical == null ? null : byCode.get(canonical);
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(lookup(code));
    }

    /** @throws UnknownDivisionException when no division has this code */
    public Division get(String code) {
        Division division = lookup(code);
        if (division == null) {
            throw new UnknownDivisionException(code);
        }
        return division;
    }

    /** The division one level up; empty for the region. @throws UnknownDivisionException for an unknown code */
    public Optional<Division> parent(String code) {
        Division division = get(code);
        return division.parentCode() == null ? Optional.empty() : Optional.of(byCode.get(division.parentCode()));
    }

    /** The divisions one level down, ordered by code. @throws UnknownDivisionException for an unknown code */
    public List<Division> children(String code) {
        return childrenByCode.get(get(code).code());
    }

    /**
     * Whether {@code code} lies inside {@code ancestorCode}; a division is within itself.
     *
     * @throws UnknownDivisionException when either code is unknown
     */
    public boolean isWithin(String code, String ancestorCode) {
        Division ancestor = get(ancestorCode);
        Division current = get(code);
        while (current != null) {
            if (current.code().equals(ancestor.code())) {
                return true;
            }
            if (current.level().ordinal() <= ancestor.level().ordinal()) {
                return false;
            }
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        return false;
    }

    /** @throws UnknownDivisionException for an unknown code */
    public DivisionLevel levelOf(String code) {
        return get(code).level();
    }

    /**
     * The villages inside a division, ordered by code (a village's list is itself).
     *
     * @throws UnknownDivisionException for an unknown code
     */
    public List<Division> villagesWithin(String code) {
        Division root = get(code);
        if (root.level() == DivisionLevel.VILLAGE) {
            return List.of(root);
        }
        List<Division> villages = new ArrayList<>();
        Deque<Division> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Division next = pending.pop();
            if (next.level() == DivisionLevel.VILLAGE) {
                villages.add(next);
                continue;
            }
            List<Division> children = childrenByCode.get(next.code());
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        villages.sort(BY_CODE);
        return Collections.unmodifiableList(villages);
    }

    /**
     * The divisions above this one, nearest first and the region last; empty for the region.
     *
     * @throws UnknownDivisionException for an unknown code
     */
    public List<Division> ancestors(String code) {
        List<Division> ancestors = new ArrayList<>(4);
        Division current = get(code);
        while (current.parentCode() != null) {
            current = byCode.get(current.parentCode());
            ancestors.add(current);
        }
        return List.copyOf(ancestors);
    }

    /**
     * Whether the county is one of the poor counties (贫困县, national 国定 or regional 区定) of the
     * 2016–2020 campaign as listed in the bundled data; 4 regional counties that exited in 2016 are not
     * named by any source found and answer {@code false}. Any other or unknown code answers {@code false}.
     */
    public boolean isPoorCounty(String countyCode) {
        Division division = lookup(countyCode);
        return division != null && poorCountyCodes.contains(division.code());
    }

    /** Every division of one level, ordered by code. */
    public List<Division> atLevel(DivisionLevel level) {
        return byCode.values().stream().filter(division -> division.level() == level).sorted(BY_CODE).toList();
    }

    /** The number of divisions of every level. */
    public int size() {
        return byCode.size();
    }
}
