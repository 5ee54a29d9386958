-- Each article's sets are looked up with its own ~40 bucket keys: GIN checks every set it finds against every key of
-- the lookup, so one lookup with the keys of a whole batch of articles (thousands) cost a batch's sets times its keys.
-- Without JIT: the disabled sequential scan makes every plan look costly enough to compile, which takes longer than
-- running it.
DROP FUNCTION corpus_bucket_sets_sharing(integer[], bigint);

-- For each article (its arrival, repeated in `arrivals` for each of its keys in `keys`), the articles that arrived
-- before it sharing one of its keys, with their sets.
CREATE FUNCTION corpus_bucket_sets_sharing(arrivals bigint[], keys integer[])
RETURNS TABLE (article bigint, arrival bigint, buckets integer[])
LANGUAGE sql STABLE SET enable_seqscan = off SET jit = off AS $$
    WITH wanted AS (SELECT a, array_agg(k) AS keys FROM unnest(arrivals, keys) AS u(a, k) GROUP BY a)
    SELECT w.a, s.arrival, s.buckets
    FROM wanted w, LATERAL (SELECT s.arrival, s.buckets FROM dedup_bucket_sets s WHERE s.buckets && w.keys AND s.arrival < w.a) s
$$;
