-- Grain state writes that share a transaction with others (the hub's group commit) cannot report a stale version by
-- returning no row: the batch would commit regardless. This one raises instead, so the shared transaction rolls back
-- and each write is retried alone, where the stale one fails by itself. The write itself is Orleans' own
-- (orleans_write_grain_state, 002), so there is one definition of the row and Orleans reads it as always.
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
    SELECT w.NewGrainStateVersion INTO v_version
    FROM orleans_write_grain_state(p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type,
                                   p_key_extension, p_service_id, p_expected_version, p_payload) AS w;
    IF v_version IS NULL THEN
        RAISE EXCEPTION 'Grain state of % % is not at version %', p_grain_type, p_grain_id_hash, p_expected_version
            USING ERRCODE = 'IS409';
    END IF;

    RETURN v_version;
END
$$;
