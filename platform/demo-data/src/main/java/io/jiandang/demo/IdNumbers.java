package io.jiandang.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Citizen identity numbers (公民身份号码) as GB 11643-1999 defines them: a 6-digit address code, an
 * 8-digit birth date, a 3-digit sequence code whose last digit is odd for men and even for women, and an
 * ISO 7064 MOD 11-2 check digit ({@code 0-9} or {@code X}).
 *
 * <p>The demo uses these to build fictitious persons; callers must never print the numbers.
 */
public final class IdNumbers {

    /** Weights of positions 1..17: 2^(18-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each remainder of the weighted sum mod 11. */
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private IdNumbers() {
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first 17 digits.
     *
     * @throws IllegalArgumentException unless given exactly 17 decimal digits
     */
    public static char checkDigit(CharSequence first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("A check digit needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Position " + (i + 1) + " is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether the number has 18 characters, a real birth date and the right check digit. */
    public static boolean isValid(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return false;
        }
        String first17 = idNumber.substring(0, 17);
        if (!first17.chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return false;
        }
        return Character.toUpperCase(idNumber.charAt(17)) == checkDigit(first17);
    }

    /**
     * Builds a number from its parts.
     *
     * @param areaCode  6-digit address code (the county)
     * @param birthDate the person's birth date
     * @param sequence  0..999; odd for a man, even for a woman
     */
    public static String of(String areaCode, LocalDate birthDate, int sequence) {
        if (areaCode == null || !areaCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("The address code must have 6 digits");
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("The sequence code must be 0..999");
        }
        String first17 = areaCode + BIRTH_DATE.format(birthDate) + String.format("%03d", sequence);
        return first17 + checkDigit(first17);
    }

    /** The sex the sequence code's parity encodes. */
    public static boolean isMale(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1;
    }

    /** The birth date the number encodes. */
    public static LocalDate birthDate(String idNumber) {
        return LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
    }

    /** The masked form the read models show, e.g. {@code 4512**********1234}; safe to print. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return "****";
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
    }
}
