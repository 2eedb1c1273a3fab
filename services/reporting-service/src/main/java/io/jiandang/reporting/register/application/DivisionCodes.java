package io.jiandang.reporting.register.application;

import io.jiandang.divisions.DivisionLevel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codes of a village's ancestors, stored with each household so that a division of any level is found by an
 * equality lookup (mongo-java-server scans for prefix and range queries; a real MongoDB uses the indexes).
 */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /** The level of a code by its shape: 6 digits region/city/county, 12 digits township/village. */
    public static DivisionLevel levelOf(String code) {
        if (code == null || !(code.length() == 6 || code.length() == 12) || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a division code has 6 or 12 digits, was " + code);
        }
        if (code.length() == 12) {
            return code.endsWith("000") ? DivisionLevel.TOWNSHIP : DivisionLevel.VILLAGE;
        }
        if (code.endsWith("0000")) {
            return DivisionLevel.REGION;
        }
        return code.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.COUNTY;
    }

    /** The prefix every code inside the division starts with. */
    public static String prefix(String code) {
        return code.substring(0, levelOf(code).significantDigits());
    }

    /** The field of a household document that holds its ancestor at that level. */
    public static String field(DivisionLevel level) {
        return switch (level) {
            case REGION -> "regionCode";
            case CITY -> "cityCode";
            case COUNTY -> "countyCode";
            case TOWNSHIP -> "townshipCode";
            case VILLAGE -> "villageCode";
        };
    }

    /** The village's code and its ancestors' codes, by field name. */
    public static Map<String, String> ancestorsOf(String villageCode) {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("regionCode", villageCode.substring(0, 2) + "0000");
        codes.put("cityCode", villageCode.substring(0, 4) + "00");
        codes.put("countyCode", villageCode.substring(0, 6));
        codes.put("townshipCode", villageCode.substring(0, 9) + "000");
        codes.put("villageCode", villageCode);
        return codes;
    }

    /** The code of the village's ancestor (or itself) at the level. */
    public static String atLevel(String villageCode, DivisionLevel level) {
        return ancestorsOf(villageCode).get(field(level));
    }
}
