-- Near-copy buckets are stored in large batches sorted by bucket (see DedupBuckets), no longer with each settled
-- article: the highest arrival through which every settled article's buckets are stored. Before this migration every
-- settled article's buckets were stored as it settled.
CREATE TABLE dedup_indexed (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    through_arrival BIGINT NOT NULL
);
INSERT INTO dedup_indexed (id, through_arrival)
SELECT 1, COALESCE(MAX(arrival), -9223372036854775807 - 1) FROM articles WHERE state IN ('settled', 'processed');
