-- Near-copy buckets as one row an article: its arrival and the set of its bucket keys (32-bit, LshBands.Narrow),
-- found through a GIN index on the set. A row per bucket and article cost PostgreSQL a heap tuple and a B-tree entry
-- each, about 80 bytes a bucket, forty buckets an article; the set and its GIN entries take under half of that.
-- SQLite keeps its row per bucket: a WITHOUT ROWID table stores it in its key alone.
CREATE TABLE dedup_bucket_sets (
    arrival BIGINT PRIMARY KEY,
    buckets INTEGER[] NOT NULL
);
INSERT INTO dedup_bucket_sets (arrival, buckets)
SELECT arrival, array_agg(bucket::integer ORDER BY bucket) FROM dedup_buckets GROUP BY arrival;
-- Without GIN's pending list: every lookup scans all of that list, and under intake it is never empty; an article's set
-- goes straight into the tree instead.
CREATE INDEX dedup_bucket_sets_buckets ON dedup_bucket_sets USING GIN (buckets) WITH (fastupdate = off);
DROP TABLE dedup_buckets;

-- The articles before `before` sharing a bucket of `wanted`, with their sets, always through the GIN index: planned for
-- a literal list of hundreds of keys, the planner adds up a guess for each and scans every set instead.
CREATE FUNCTION corpus_bucket_sets_sharing(wanted integer[], before bigint) RETURNS TABLE (arrival bigint, buckets integer[])
LANGUAGE sql STABLE SET enable_seqscan = off AS $$
    SELECT s.arrival, s.buckets FROM dedup_bucket_sets s WHERE s.buckets && wanted AND s.arrival < before
$$;
