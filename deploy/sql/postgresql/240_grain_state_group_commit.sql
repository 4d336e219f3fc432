-- Grain state writes that share a transaction with others (the hub's group commit) cannot report a stale version by
-- returning no row: the batch would commit regardless. This one raises instead, so the shared transaction rolls back
-- and each write is retried alone, where the stale one fails by itself. It writes the same row as
-- orleans_write_grain_state (002), so Orleans reads it as always; its body is that function's, not a call to it, so
-- that a write costs the server no more than before.
CREATE OR REPLACE FUNCTION orleans_write_grain_state_or_raise(
    p_grain_id_hash    integer,
    p_grain_id_n0      bigint,
    p_grain_id_n1      bigint,
    p_grain_type_hash  integer,
    p_grain_type       text,
    p_key_extension    text,
    p_service_id       text,
    p_expected_version integer,
    p_payload          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_version integer;
BEGIN
    IF p_expected_version IS NOT NULL THEN
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
        RETURNING s.Version INTO v_version;
    ELSE
        -- As in 002: serialising first writes per hash pair lets exactly one INSERT of a grain win.
        PERFORM pg_advisory_xact_lock(p_grain_id_hash, p_grain_type_hash);
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
        RETURNING Version INTO v_version;
    END IF;

    IF v_version IS NULL THEN
        RAISE EXCEPTION 'Grain state of % % is not at version %', p_grain_type, p_grain_id_hash, p_expected_version
            USING ERRCODE = 'IS409';
    END IF;

    RETURN v_version;
END
$$;
