-- Versions of the registration context start at 1000: one Flyway reads db/migration/axon (V1..V999) and
-- db/migration/registration together, and versions must be unique across both.

-- Personal data of the registration service, kept apart from the events (which carry ciphertexts and
-- fingerprints only). Deleting a household's row in household_key erases every ciphertext of that
-- household wherever the events were copied (crypto-shredding).

CREATE TABLE household_key (
    household_id varchar(64)  PRIMARY KEY,
    key          bytea        NOT NULL,       -- AES-256 key of the household
    created_at   timestamptz  NOT NULL DEFAULT now()
);

-- Who belongs to which household, by keyed hash (HMAC-SHA256, hex) of the normalised ID number: one person,
-- one household. Rows are written in the command's transaction, so a refused command leaves none behind.
CREATE TABLE person_fingerprint (
    fingerprint  char(64)     PRIMARY KEY,
    household_id varchar(64)  NOT NULL,
    claimed_at   timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX person_fingerprint_household ON person_fingerprint (household_id);
