package io.jiandang.divisions;

/** Thrown when a code names no division of the catalogue. */
public class UnknownDivisionException extends RuntimeException {

    private final String code;

    public UnknownDivisionException(String code) {
        super("Unknown division code: " + code);
        this.code = code;
    }

    /** The code that was looked up (a division code is public data, safe to log). */
    public String code() {
        return code;
    }
}
