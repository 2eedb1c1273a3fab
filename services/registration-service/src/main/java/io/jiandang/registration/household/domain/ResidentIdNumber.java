package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.Sex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A resident ID number (居民身份证号码) checked against GB 11643-1999: 18 characters, a six-digit area code,
 * the birth date yyyyMMdd, a three-digit sequence (odd for men) and the ISO 7064 MOD 11-2 check character
 * ('X' stands for 10). Personal data: {@link #toString()} is masked, and no message quotes the number.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level prefixes of GB/T 2260 (the full county list changes every year; the province is stable). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and checks an ID number.
     *
     * @param raw   the number as entered (surrounding blanks and a lower-case 'x' are accepted)
     * @param today the current date, from the caller's clock, to refuse birth dates in the future
     * @throws InvalidIdNumberException naming the first rule broken
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        String value = normalise(raw);
        IdNumberRule broken = firstBrokenRule(value, today).orElse(null);
        if (broken != null) {
            throw new InvalidIdNumberException(broken);
        }
        return new ResidentIdNumber(value, birthDateOf(value));
    }

    /** The first rule the number breaks, or empty when it is valid. */
    public static Optional<IdNumberRule> check(String raw, LocalDate today) {
        return firstBrokenRule(normalise(raw), today);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<IdNumberRule> firstBrokenRule(String value, LocalDate today) {
        if (!value.matches("\\d{17}[\\dX]")) {
            return Optional.of(IdNumberRule.GB11643_FORMAT);
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return Optional.of(IdNumberRule.GB11643_AREA_CODE);
        }
        LocalDate birth = birthDateOf(value);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of(IdNumberRule.GB11643_BIRTH_DATE);
        }
        if (value.charAt(17) != checkCharacter(value)) {
            return Optional.of(IdNumberRule.GB11643_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String value) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDateOf(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The normalised number (upper-case 'X'): personal data, for the vault and the fingerprint only. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public int birthYear() {
        return birthDate.getYear();
    }

    /** The sex encoded by the sequence's last digit (the 17th character): odd for men, even for women. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The number masked for display and logs: the first four and last four characters, e.g. 4512**********1234. */
    public String masked() {
        return mask(value);
    }

    /** Masks any string the way ID numbers are shown; short inputs are masked entirely. */
    public static String mask(String value) {
        if (value == null || value.length() < 9) {
            return "****";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
