-- Quoted phrases. A GIN index over a tsvector has no word positions, so a phrase of common words was checked row by
-- row against every record holding both words. Each record's consecutive word pairs ('share printer' for "shared
-- printer") are indexed here, so a phrase first narrows to the records that hold its pairs. Stop words are skipped
-- on both sides, so "printer on dbtst06" pairs as 'printer dbtst06'.

CREATE OR REPLACE FUNCTION search_word_pairs(words tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector)
    FROM (SELECT lexeme || ' ' || lead(lexeme) OVER (ORDER BY position) AS pair
          FROM unnest(words) AS w(lexeme, positions, weights), unnest(positions) AS position) pairs
    WHERE pair IS NOT NULL
$$;

-- The pairs a phrase must find, all of them (NULL for a phrase of one word).
CREATE OR REPLACE FUNCTION search_phrase_pairs(phrase text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT string_agg(quote_literal(lexeme), ' & ')::tsquery
    FROM unnest(search_word_pairs(to_tsvector('english', phrase)))
$$;

-- Over the full text: a record whose public text holds a phrase holds its pairs in the full text too.
CREATE INDEX IF NOT EXISTS ix_search_word_pairs ON search_documents USING gin (search_word_pairs(full_vector));
