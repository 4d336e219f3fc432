-- Grain state for AddAdoNetGrainStorage.
-- Orleans hashes the grain id and the grain type into two integers; the narrow index on them finds the
-- candidate rows, and the full key columns settle the rare hash collision.
-- Version is the ETag: every write or clear adds one, and a statement that matches no row at the caller's
-- version reports a conflict (Orleans raises InconsistentStateException).
-- A cleared state keeps its row with a NULL payload, so the version keeps counting.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IF NOT EXISTS ix_orleansstorage_hashes ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Returns the new version, or no row when the caller's version is stale or another activation inserted first.
CREATE OR REPLACE FUNCTION orleans_write_grain_state(
    p_grain_id_hash    integer,
    p_grain_id_n0      bigint,
    p_grain_id_n1      bigint,
    p_grain_type_hash  integer,
    p_grain_type       text,
    p_key_extension    text,
    p_service_id       text,
    p_expected_version integer,
    p_payload          bytea)
RETURNS TABLE (NewGrainStateVersion integer)
LANGUAGE plpgsql
AS $$
BEGIN
    IF p_expected_version IS NOT NULL THEN
        RETURN QUERY
        UPDATE OrleansStorage AS s
        SET PayloadBinary = p_payload,
            ModifiedOn = now(),
            Version = s.Version + 1
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_key_extension
          AND s.ServiceId = p_service_id
          AND s.Version = p_expected_version
        RETURNING s.Version;
        RETURN;
    END IF;

    -- Two activations of one grain (only possible while the cluster is split) could both see no row;
    -- serialising first writes per hash pair lets exactly one INSERT win. Released at commit.
    PERFORM pg_advisory_xact_lock(p_grain_id_hash, p_grain_type_hash);

    RETURN QUERY
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
         GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
           p_key_extension, p_service_id, p_payload, now(), 1
    WHERE NOT EXISTS (
        SELECT 1
        FROM OrleansStorage AS s
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_key_extension
          AND s.ServiceId = p_service_id)
    RETURNING Version;
END
$$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
    SELECT NewGrainStateVersion
    FROM orleans_write_grain_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                                   @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- Used instead of ClearStorageKey when the provider is configured with DeleteStateOnClear.
-- The provider expects the deleted version plus one, so that the result differs from its own ETag.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
