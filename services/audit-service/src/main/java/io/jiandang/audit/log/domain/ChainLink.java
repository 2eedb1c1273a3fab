package io.jiandang.audit.log.domain;

/** One link of a hash chain as stored: its position, the hash it claims to follow, its own hash, and the event. */
public record ChainLink(long position, String previousHash, String hash, AuditedEvent event) {
}
