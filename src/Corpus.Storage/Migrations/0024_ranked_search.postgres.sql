-- Statements by relevance to one common word without scoring every hit (see MostRelevantFirst). For a query of one
-- word, ts_rank(search, query, 1) is g(n) / log2(length + 1): n the word's occurrences in the statement, g rising from
-- 0.1 / 1.6449 (n = 1) through 0.125 / 1.6449 (n = 2) towards 0.1, and length the statement's words as counted below.
-- So the best hits are among the shortest; these indexes find the shortest hits, and the few that hold the word two
-- or three times and more, without reading the others.

-- The length ts_rank divides by: every position of every word, a word without positions counting once (cnt_length in
-- PostgreSQL's tsrank.c).
CREATE FUNCTION corpus_rank_length(search tsvector) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(sum(GREATEST(COALESCE(array_length(positions, 1), 0), 1)), 0)::integer FROM unnest(search)
$$;

-- The words a statement holds at least `times` times, each with the statement's length ('word@length'): a GIN index of
-- these finds the few statements of no more than some length that repeat a word, without reading the others.
CREATE FUNCTION corpus_rank_tiers(search tsvector, times integer) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(w.lexeme || '@' || l.length), '{}')
    FROM (SELECT corpus_rank_length(search) AS length) l, unnest(search) w
    WHERE array_length(w.positions, 1) >= times
$$;

CREATE INDEX statements_rank_length ON statements (corpus_rank_length(search));
CREATE INDEX statements_rank_twice ON statements USING GIN (corpus_rank_tiers(search, 2));
CREATE INDEX statements_rank_thrice ON statements USING GIN (corpus_rank_tiers(search, 3));

-- Whether a statement of that score, article and id comes after the cursor in the order most relevant first, ties
-- newest first (by its article's day, undated last), then by id: SearchSql's keyset condition.
CREATE FUNCTION corpus_after(row_score float8, row_article text, row_id text, after_score float8, after_day text, after_id text)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT row_score < after_score OR (row_score = after_score AND d.day <= after_day AND (d.day < after_day OR row_id > after_id))
    FROM (SELECT COALESCE((SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = row_article), '') AS day) d
$$;

-- Every hit of `query` that can be among the first `take` after the cursor (all of them when the query is not one word,
-- or its hits are too few for the shortcut to pay), with its score. L is the length of the take-th shortest hit after
-- the cursor: those take hits score at least g(1) / log2(L + 1), so a hit scores as high only if it holds the word
-- once and has at most L words, twice and at most (L + 1)^1.25 - 1, or three times or more and at most
-- (L + 1)^1.6449 - 1 (g's limit over g(1)). Each bound is taken one word wider, against float4 rounding in ts_rank.
-- Planned for each call's values: a plan made for any length would read every hit. The shortest hits are read through
-- statements_rank_length alone (the match in COALESCE): the GIN index would list every hit of the word first. No
-- parallel workers: their start costs more than these reads on a busy node.
CREATE FUNCTION corpus_ranked_hits(query tsquery, take integer, after_score float8, after_day text, after_id text)
RETURNS TABLE (hit text, score float8) LANGUAGE plpgsql STABLE ROWS 100
SET plan_cache_mode = force_custom_plan SET max_parallel_workers_per_gather = 0 AS $$
DECLARE
    found float8;
    stored float8;
    word text;
    shortest integer;
BEGIN
    -- The query's one word as a tsquery writes it, 'word' with quotes doubled (one with a backslash, a weight or a prefix
    -- mark goes the long way).
    IF numnode(query) = 1 AND take IS NOT NULL AND right(query::text, 1) = '''' AND strpos(query::text, E'\\') = 0 THEN
        word := replace(substr(query::text, 2, length(query::text) - 2), '''''', '''');
        SELECT e.hits, e.statements INTO found, stored FROM corpus_statement_hits(query) e;
        -- Walking statements by length to the take-th hit reads about take / share of them; the shortcut pays when
        -- that is well under the hits it spares scoring.
        IF found > 0 AND take * stored / found < found / 4 THEN
            SELECT corpus_rank_length(st.search) INTO shortest
            FROM statements st
            WHERE COALESCE(st.search @@ query, false)
              AND (after_score IS NULL OR corpus_after(ts_rank(st.search, query, 1)::float8, st.article_id, st.id, after_score, after_day, after_id))
            ORDER BY corpus_rank_length(st.search)
            OFFSET take - 1 LIMIT 1;
        END IF;
    END IF;
    IF shortest IS NULL THEN
        RETURN QUERY SELECT st.id, ts_rank(st.search, query, 1)::float8 FROM statements st WHERE st.search @@ query;
        RETURN;
    END IF;
    RETURN QUERY
        SELECT st.id, ts_rank(st.search, query, 1)::float8 FROM statements st
        WHERE corpus_rank_length(st.search) <= shortest AND COALESCE(st.search @@ query, false)
        UNION
        SELECT st.id, ts_rank(st.search, query, 1)::float8 FROM statements st
        WHERE corpus_rank_tiers(st.search, 2) && ARRAY(SELECT word || '@' || n FROM generate_series(1, floor(power(shortest + 1, 1.25))::integer) n)
        UNION
        SELECT st.id, ts_rank(st.search, query, 1)::float8 FROM statements st
        WHERE corpus_rank_tiers(st.search, 3) && ARRAY(SELECT word || '@' || n FROM generate_series(1, floor(power(shortest + 1, 1.64493406685))::integer) n);
END $$;
