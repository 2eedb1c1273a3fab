package io.jiandang.divisions;

import java.util.Objects;

/**
 * One administrative division (行政区划) of the catalogue.
 *
 * @param code       6 digits from the region down to the county ({@code 450000}, {@code 451200},
 *                   {@code 451227}), the 12-digit NBS statistical code for townships and villages
 * @param name       the name as the source prints it, e.g. 巴马瑶族自治县
 * @param level      the division's level
 * @param parentCode the code of the division one level up; {@code null} for the region
 */
public record Division(String code, String name, DivisionLevel level, String parentCode) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (level != DivisionLevel.REGION) {
            Objects.requireNonNull(parentCode, "parentCode");
        }
    }

    public boolean isAt(DivisionLevel expected) {
        return level == expected;
    }
}
