package io.jiandang.assistance.handbook.adapters.out.pdf;

/** No CJK font is installed: the handbook cannot be printed (answered 503 with the install hint). */
public class CjkFontMissingException extends RuntimeException {

    public CjkFontMissingException(String message) {
        super(message);
    }
}
