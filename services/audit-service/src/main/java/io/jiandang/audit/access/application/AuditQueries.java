package io.jiandang.audit.access.application;

import io.jiandang.audit.access.domain.AuditQueryRecord;

import java.util.List;

/** The record of auditors' queries: appended, never changed. */
public interface AuditQueries {

    void record(AuditQueryRecord query);

    List<AuditQueryRecord> ofHousehold(String householdId);

    List<AuditQueryRecord> ofUser(String userId);
}
