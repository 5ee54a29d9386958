-- Near-copy buckets keyed by the article's arrival instead of its id: candidates are ranked and limited in the bucket
-- index alone (the arrival is what they are filtered and ordered by), and only the few kept are looked up in articles.
-- The key also makes storing a batch twice (two intakes for a moment) harmless.
CREATE TABLE dedup_buckets_by_arrival (
    bucket BIGINT NOT NULL,
    arrival BIGINT NOT NULL,
    PRIMARY KEY (bucket, arrival)
);
INSERT INTO dedup_buckets_by_arrival (bucket, arrival)
SELECT DISTINCT d.bucket, a.arrival FROM dedup_buckets d JOIN articles a ON a.id = d.article_id WHERE a.arrival IS NOT NULL;
DROP TABLE dedup_buckets;
ALTER TABLE dedup_buckets_by_arrival RENAME TO dedup_buckets;
ALTER INDEX dedup_buckets_by_arrival_pkey RENAME TO dedup_buckets_pkey;
