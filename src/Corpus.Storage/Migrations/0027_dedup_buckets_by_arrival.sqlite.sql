-- Near-copy buckets keyed by the article's arrival instead of its id: candidates are ranked and limited in the bucket
-- index alone (the arrival is what they are filtered and ordered by), and only the few kept are looked up in articles,
-- whose wide rows spill into overflow pages. An integer key also takes a third of the space of a text id.
CREATE TABLE dedup_buckets_by_arrival (
    bucket BIGINT NOT NULL,
    arrival BIGINT NOT NULL,
    PRIMARY KEY (bucket, arrival)
) WITHOUT ROWID;
INSERT OR IGNORE INTO dedup_buckets_by_arrival (bucket, arrival)
SELECT d.bucket, a.arrival FROM dedup_buckets d JOIN articles a ON a.id = d.article_id WHERE a.arrival IS NOT NULL;
DROP TABLE dedup_buckets;
ALTER TABLE dedup_buckets_by_arrival RENAME TO dedup_buckets;
