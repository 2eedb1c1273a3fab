package io.jiandang.registration.household.domain;

import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The update cycle a dynamic update belongs to: {@code 2016-Q3} a quarterly small update (季度小更新),
 * {@code 2016-H2} a half-yearly major update (半年大更新), {@code 2016-A} the annual full update (年度全更新).
 */
public record UpdateCycle(int year, Kind kind, int period) {

    public enum Kind {
        QUARTERLY, HALF_YEARLY, ANNUAL
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(?:Q([1-4])|H([12])|(A))");

    public static UpdateCycle parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_UPDATE_CYCLE,
                    "An update cycle is written 2016-Q3 (quarter), 2016-H2 (half-year) or 2016-A (year)",
                    "cycle", "UPDATE_CYCLE_FORMAT");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2014 || year > 2100) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_UPDATE_CYCLE,
                    "Dynamic management started in 2014: the cycle's year must be 2014 or later", "cycle",
                    "UPDATE_CYCLE_YEAR");
        }
        if (matcher.group(2) != null) {
            return new UpdateCycle(year, Kind.QUARTERLY, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return new UpdateCycle(year, Kind.HALF_YEARLY, Integer.parseInt(matcher.group(3)));
        }
        return new UpdateCycle(year, Kind.ANNUAL, 1);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case QUARTERLY -> year + "-Q" + period;
            case HALF_YEARLY -> year + "-H" + period;
            case ANNUAL -> year + "-A";
        };
    }
}
