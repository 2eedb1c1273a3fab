-- Projections the command side reads, written by subscribing event processors in the transaction that
-- stores the event; and the cadres' contacts, kept here and never in an event.

CREATE TABLE assistance_policy (
    version   integer PRIMARY KEY,
    document  text    NOT NULL            -- the AssistancePolicyPublishedEvent as JSON
);

CREATE TABLE cadre (
    cadre_id          varchar(64)  PRIMARY KEY,
    division_code     varchar(12)  NOT NULL,
    name              varchar(50)  NOT NULL,
    unit              varchar(200) NOT NULL,
    kind              varchar(32)  NOT NULL,
    active_households integer      NOT NULL CHECK (active_households >= 0)
);
CREATE INDEX cadre_division ON cadre (division_code);

-- a cadre's phone: personal data outside the event log (delete the row to forget it)
CREATE TABLE cadre_contact (
    cadre_id  varchar(64) PRIMARY KEY,
    contact   varchar(32) NOT NULL
);

CREATE TABLE household_cadre (
    household_id   varchar(64) NOT NULL,
    cadre_id       varchar(64) NOT NULL,
    division_code  varchar(12) NOT NULL,
    since          date        NOT NULL,
    PRIMARY KEY (household_id, cadre_id)
);
CREATE INDEX household_cadre_cadre ON household_cadre (cadre_id);
CREATE INDEX household_cadre_division ON household_cadre (division_code);

CREATE TABLE household_class (
    household_id           varchar(64)   PRIMARY KEY,
    division_code          varchar(12)   NOT NULL,
    poverty_class          varchar(16)   NOT NULL,
    score                  numeric(12,4) NOT NULL,
    policy_version         integer       NOT NULL,
    standard_per_household numeric(12,2) NOT NULL,
    since                  date          NOT NULL
);
