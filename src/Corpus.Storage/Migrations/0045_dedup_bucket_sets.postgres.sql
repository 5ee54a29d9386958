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
CREATE INDEX dedup_bucket_sets_buckets ON dedup_bucket_sets USING GIN (buckets);
DROP TABLE dedup_buckets;
