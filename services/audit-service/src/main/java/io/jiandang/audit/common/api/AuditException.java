package io.jiandang.audit.common.api;

/** A refusal with its typed code and, for invalid input, the field or parameter at fault. */
public class AuditException extends RuntimeException {

    private final AuditErrorCode code;
    private final String field;

    public AuditException(AuditErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public AuditErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
