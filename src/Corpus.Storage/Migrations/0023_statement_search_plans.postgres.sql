-- How many statements a full-text query finds, and how many there are, as the planner estimates them from the statistics
-- ANALYZE keeps (for a tsvector: its commonest words and how often they occur). Statement search needs no more to
-- choose how to read a page newest first (see WalkOrHits), and counting the hits of a common word would read a heap
-- page for each. SQLite keeps no statistics of its full-text index and counts its hits there instead.
CREATE FUNCTION corpus_statement_hits(query tsquery) RETURNS TABLE (hits float8, statements float8) LANGUAGE plpgsql AS $$
DECLARE
    found json;
    stored json;
BEGIN
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM statements WHERE search @@ %L::tsquery', query::text) INTO found;
    EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM statements' INTO stored;
    hits := (found -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    statements := (stored -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
    RETURN NEXT;
END $$;

-- A page of statements newest first walks articles by day and stops after a few hundred. With default settings the
-- planner shares such a walk out to parallel workers, whose start costs many times the walk on a busy node.
ALTER TABLE articles SET (parallel_workers = 0);
