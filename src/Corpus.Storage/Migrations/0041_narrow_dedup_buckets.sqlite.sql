-- Near-copy bucket keys are 32-bit values now (LshBands.Narrow: the low 32 bits, sign-extended), which SQLite stores in
-- 4 bytes instead of 8. Stored keys are narrowed the same way; two of one article that become equal are kept once.
CREATE TABLE dedup_buckets_narrow (
    bucket BIGINT NOT NULL,
    arrival BIGINT NOT NULL,
    PRIMARY KEY (bucket, arrival)
) WITHOUT ROWID;
INSERT OR IGNORE INTO dedup_buckets_narrow (bucket, arrival)
SELECT CASE WHEN (bucket & 4294967295) >= 2147483648 THEN (bucket & 4294967295) - 4294967296 ELSE bucket & 4294967295 END, arrival
FROM dedup_buckets ORDER BY 1, 2;
DROP TABLE dedup_buckets;
ALTER TABLE dedup_buckets_narrow RENAME TO dedup_buckets;
