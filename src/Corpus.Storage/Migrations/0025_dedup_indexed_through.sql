-- Near-copy buckets are stored in batches sorted by bucket (see DedupBuckets): the highest arrival through which every
-- settled article's buckets are stored. Every article settled so far has its buckets stored.
CREATE TABLE dedup_indexed (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    through_arrival BIGINT NOT NULL
);
INSERT INTO dedup_indexed (id, through_arrival)
SELECT 1, COALESCE(MAX(arrival), -9223372036854775807 - 1) FROM articles WHERE state IN ('settled', 'processed');
