-- The Orleans ADO.NET providers (grain storage, reminders, clustering) run no SQL of their own:
-- at start-up each one loads its statements from this table by key and fails if a key it needs is missing.
-- The following scripts upsert their rows, so running a script again refreshes the statement text.
-- Statements read results by column name and bind parameters by name (@Name); both must match the provider.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT pk_orleansquery PRIMARY KEY (QueryKey)
);
