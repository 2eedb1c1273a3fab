-- The reassessment of every registered household under a newly published assistance policy, done in pages by
-- PovertyClassReassessment, each household in a unit of work of its own: last_household_id is where it resumes
-- after a restart, lease_until keeps two instances off the same page. A newer policy supersedes a pending one.
CREATE TABLE poverty_class_reassessment (
    reassessment_id    varchar(64)  PRIMARY KEY,     -- the AssistancePolicyPublishedEvent's id (the correlation)
    policy_version     integer      NOT NULL,
    effective_on       date         NOT NULL,
    scheduled_at       timestamptz  NOT NULL DEFAULT now(),
    last_household_id  varchar(64),                  -- null: no page done yet
    households_done    integer      NOT NULL DEFAULT 0,
    lease_owner        varchar(100),
    lease_until        timestamptz,
    finished_at        timestamptz,
    superseded_by      varchar(64)
);
CREATE INDEX poverty_class_reassessment_pending ON poverty_class_reassessment (scheduled_at) WHERE finished_at IS NULL;
