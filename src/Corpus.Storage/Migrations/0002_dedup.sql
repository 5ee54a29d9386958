-- Near-duplicate index: one row per (LSH band bucket, article). Buckets are 64-bit hashes, kept as BIGINT.
-- No primary key: an article is indexed once, by the turn that processes it, and a plain index on bucket is
-- about half the size of a (bucket, article_id) key.
CREATE TABLE dedup_buckets (
    bucket BIGINT NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX dedup_buckets_bucket ON dedup_buckets (bucket);
