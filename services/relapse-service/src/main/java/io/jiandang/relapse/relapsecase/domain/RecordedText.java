package io.jiandang.relapse.relapsecase.domain;

import io.jiandang.relapse.common.api.RelapseErrorCode;
import io.jiandang.relapse.common.api.RelapseException;

import java.util.regex.Pattern;

/**
 * Free texts and evidence references that go into events and public notices. A run of eleven or more digits is
 * refused: it would be an ID number (18) or a phone (11) or bank account number in clear, and events are kept
 * forever and read by every consumer.
 */
public final class RecordedText {

    private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d{11,}");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N}:_./#-]{1,200}");
    public static final int MAX_TEXT = 2000;

    private RecordedText() {
    }

    /** A required text: stripped, at most {@value #MAX_TEXT} characters, no personal number. */
    public static String require(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new RelapseException(RelapseErrorCode.TEXT_INVALID, "The " + field + " is required", field,
                    "NOT_BLANK");
        }
        if (value.length() > MAX_TEXT) {
            throw new RelapseException(RelapseErrorCode.TEXT_INVALID, "The " + field + " is longer than " + MAX_TEXT
                    + " characters", field, "MAX_LENGTH");
        }
        requireNoPersonalNumber(value, field, RelapseErrorCode.TEXT_INVALID);
        return value;
    }

    /** An evidence reference: a document id of letters, digits and {@code : _ . / # -}, no personal number. */
    public static String reference(String reference, String field) {
        String value = reference == null ? "" : reference.strip();
        if (!REFERENCE.matcher(value).matches()) {
            throw new RelapseException(RelapseErrorCode.EVIDENCE_INVALID, "An evidence reference is a document id "
                    + "of up to 200 letters, digits and : _ . / # -", field, "REFERENCE");
        }
        requireNoPersonalNumber(value, field, RelapseErrorCode.EVIDENCE_INVALID);
        return value;
    }

    private static void requireNoPersonalNumber(String value, String field, RelapseErrorCode code) {
        if (PERSONAL_NUMBER.matcher(value).find()) {
            // the value is not quoted back: it may be the very number that must not travel
            throw new RelapseException(code, "The " + field + " contains a run of 11 or more digits (an ID, phone "
                    + "or bank account number?); refer to documents instead", field, "NO_PERSONAL_NUMBER");
        }
    }
}
