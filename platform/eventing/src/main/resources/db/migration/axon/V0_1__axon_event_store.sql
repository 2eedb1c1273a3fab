-- Platform migrations are numbered 0.x so that they run first and never collide with a service's own V1, V2, ...
-- (one Flyway history per service database holds both).
-- Axon Framework 4 JDBC event store, token store and saga store on PostgreSQL.
-- Column names are Axon's defaults (EventSchema, TokenSchema, SagaSchema), unquoted so they fold to lower case
-- as Axon's unquoted queries do. Binary columns are bytea, never OID large objects (Axon's "known issues").
-- The global index is a BIGSERIAL: a sequence with increment 1, so gaps come only from rolled-back or
-- still-open transactions, never from a Hibernate allocation size of 50.

CREATE TABLE domainevententry (
    globalindex         BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
    -- optimistic concurrency per aggregate, and the index that sourcing an aggregate reads by
    CONSTRAINT domainevententry_aggregate_sequence_uk UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT domainevententry_event_uk UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_event_uk UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pk PRIMARY KEY (processorname, segment)
);

CREATE TABLE sagaentry (
    sagaid         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagatype       VARCHAR(255),
    serializedsaga BYTEA,
    CONSTRAINT sagaentry_pk PRIMARY KEY (sagaid)
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL    NOT NULL,
    associationkey   VARCHAR(255) NOT NULL,
    associationvalue VARCHAR(255),
    sagatype         VARCHAR(255) NOT NULL,
    sagaid           VARCHAR(255) NOT NULL,
    CONSTRAINT associationvalueentry_pk PRIMARY KEY (id)
);
CREATE INDEX associationvalueentry_saga_idx ON associationvalueentry (sagaid, sagatype);
CREATE INDEX associationvalueentry_value_idx ON associationvalueentry (associationkey, associationvalue, sagatype);
