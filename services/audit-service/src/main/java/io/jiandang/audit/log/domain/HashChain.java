package io.jiandang.audit.log.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper evidence of the audit log: each entry's hash is
 * <pre>hash = hex(SHA-256(previousHash + "\n" + canonical(event)))</pre>
 * where the first entry follows {@link #GENESIS} (64 zeros) and {@link #canonical} writes the stored envelope
 * and body in a fixed order, each value length-prefixed so that no two different events share a form. Changing
 * any byte of a stored event changes its hash; removing or moving an entry breaks the link of the next one.
 * The format is documented in docs/archive-format.md so that anyone can recompute it outside the service.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The link hash of an event following {@code previousHash}. */
    public static String link(String previousHash, AuditedEvent event) {
        return sha256(previousHash + "\n" + canonical(event));
    }

    /**
     * The canonical form: one line per attribute, in this order, as {@code name=<length>:<value>} (length in
     * UTF-16 code units of the value) or {@code name=-} when absent; the body last, as received.
     */
    public static String canonical(AuditedEvent e) {
        StringBuilder out = new StringBuilder(256 + e.body().length());
        field(out, "id", e.eventId());
        field(out, "topic", e.topic());
        field(out, "source", e.source());
        field(out, "type", e.type());
        field(out, "subject", e.subject());
        field(out, "sequence", e.sequence() == null ? null : e.sequence().toString());
        field(out, "aggregatetype", e.aggregateType());
        field(out, "householdid", e.householdId());
        field(out, "divisioncode", e.divisionCode());
        field(out, "actorid", e.actorId());
        field(out, "actorrole", e.actorRole());
        field(out, "actorlevel", e.actorLevel());
        field(out, "actorjurisdiction", e.actorJurisdiction());
        field(out, "correlationid", e.correlationId());
        field(out, "time", e.recordedAt().toString());
        field(out, "effectiveon", e.effectiveOn() == null ? null : e.effectiveOn().toString());
        field(out, "receivedat", e.receivedAt() == null ? null : e.receivedAt().toString());
        field(out, "body", e.body());
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
