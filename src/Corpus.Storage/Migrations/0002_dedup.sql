-- Near-duplicate index: one row per (LSH band bucket, article). Buckets are 64-bit hashes, kept as BIGINT.
CREATE TABLE dedup_buckets (
    bucket BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (bucket, article_id)
);
