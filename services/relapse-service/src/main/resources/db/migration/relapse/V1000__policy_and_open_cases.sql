-- The relapse service's own tables beside the event store.

-- The published relapse policy versions, written by a subscribing event processor in the transaction that stores
-- the RelapsePolicyPublishedEvent, read by the command handlers.
CREATE TABLE relapse_policy (
    version      integer      PRIMARY KEY,
    policy_id    varchar(64)  NOT NULL,
    document     text         NOT NULL,       -- the RelapsePolicyPublishedEvent as JSON
    published_at timestamptz  NOT NULL
);

-- One row per household that has an open relapse case (OPEN) or is poor again after an approved one (POOR_AGAIN),
-- written by the command handlers in the command's transaction. The primary key makes "one open case per
-- household" hold under concurrency: a second application waits for the first transaction and then sees its row.
-- A rejected or withdrawn case deletes its row; an approved one keeps it until a new exit (another exit_id).
CREATE TABLE relapse_household_claim (
    household_id varchar(64)  PRIMARY KEY,
    case_id      varchar(64)  NOT NULL,
    exit_id      varchar(64)  NOT NULL,
    state        varchar(16)  NOT NULL CHECK (state IN ('OPEN', 'POOR_AGAIN')),
    claimed_at   timestamptz  NOT NULL DEFAULT now()
);
