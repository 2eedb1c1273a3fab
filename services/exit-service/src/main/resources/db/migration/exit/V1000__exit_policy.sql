-- The published exit policy versions (policy data), one JSON document per version; see JdbcExitPolicies.
CREATE TABLE exit_policy (
    version  INTEGER PRIMARY KEY,
    document TEXT    NOT NULL
);
