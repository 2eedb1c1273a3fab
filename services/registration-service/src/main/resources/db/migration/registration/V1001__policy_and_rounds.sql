-- Projections the command side reads, written by subscribing event processors in the transaction that
-- stores the event: the published policy versions and the identification rounds.

CREATE TABLE registration_policy (
    version      integer      PRIMARY KEY,
    policy_id    varchar(64)  NOT NULL,
    document     text         NOT NULL,       -- the RegistrationPolicyPublishedEvent as JSON
    published_at timestamptz  NOT NULL
);

CREATE TABLE identification_round (
    round_id          varchar(32)   PRIMARY KEY,
    county_code       varchar(12)   NOT NULL,
    year              integer       NOT NULL,
    poverty_scale     integer       NOT NULL,
    cut_off_score     numeric(12,2),
    candidate_people  integer,
    households_ranked integer,
    policy_version    integer,
    candidates        text          -- JSON array of household ids, poorest first
);
