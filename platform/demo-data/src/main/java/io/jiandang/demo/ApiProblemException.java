package io.jiandang.demo;

import java.util.regex.Pattern;

/**
 * A request the service refused (4xx) or failed (5xx), with its problem+json body. The body is redacted
 * before it is kept: anything shaped like an ID number or a JWT is masked, so the message is safe to print.
 */
public class ApiProblemException extends RuntimeException {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final String method;
    private final String path;
    private final int status;
    private final String code;
    private final String body;

    public ApiProblemException(String method, String path, int status, String code, String body) {
        super(method + " " + path + " answered " + status + (code == null ? "" : " " + code) + ": " + redact(body));
        this.method = method;
        this.path = path;
        this.status = status;
        this.code = code;
        this.body = redact(body);
    }

    /** Masks ID numbers (keeping the first 4 and last 4 characters, like the read models) and tokens. */
    public static String redact(String text) {
        if (text == null) {
            return "";
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1**********$2");
        return JWT.matcher(masked).replaceAll("<token>");
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public int status() {
        return status;
    }

    /** The problem's typed error code (e.g. {@code NOTICE_PERIOD_NOT_ELAPSED}), or {@code null}. */
    public String code() {
        return code;
    }

    /** The redacted response body. */
    public String body() {
        return body;
    }

    public boolean isConflict(String expectedCode) {
        return status == 409 && expectedCode.equals(code);
    }
}
