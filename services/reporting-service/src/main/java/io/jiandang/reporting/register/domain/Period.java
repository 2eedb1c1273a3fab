package io.jiandang.reporting.register.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, named like the update cycles: {@code 2016-Q3} (quarter), {@code 2016-H2} (half year),
 * {@code 2016-A} or {@code 2016} (year).
 */
public record Period(String name, LocalDate start, LocalDate end) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]|A))?");

    public static Period parse(String name) {
        Matcher m = NAME.matcher(name == null ? "" : name.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("period must look like 2016-Q3, 2016-H2, 2016-A or 2016, was " + name);
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2) == null ? "A" : m.group(2);
        return switch (part.charAt(0)) {
            case 'Q' -> {
                int q = part.charAt(1) - '0';
                LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
                yield new Period(year + "-" + part, start, start.plusMonths(3).minusDays(1));
            }
            case 'H' -> {
                int h = part.charAt(1) - '0';
                LocalDate start = LocalDate.of(year, (h - 1) * 6 + 1, 1);
                yield new Period(year + "-" + part, start, start.plusMonths(6).minusDays(1));
            }
            default -> new Period(year + "-A", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        };
    }

    /** The quarter that contains the date. */
    public static Period quarterOf(LocalDate date) {
        return parse(date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
