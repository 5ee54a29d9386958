-- Near-copy bucket keys are 32-bit values now (LshBands.Narrow: the low 32 bits, sign-extended); stored keys are
-- narrowed the same way so that they still match. Two of one article that become equal are kept once.
CREATE TABLE dedup_buckets_narrow (
    bucket BIGINT NOT NULL,
    arrival BIGINT NOT NULL,
    PRIMARY KEY (bucket, arrival)
);
INSERT INTO dedup_buckets_narrow (bucket, arrival)
SELECT DISTINCT CASE WHEN (bucket & 4294967295) >= 2147483648 THEN (bucket & 4294967295) - 4294967296 ELSE bucket & 4294967295 END, arrival
FROM dedup_buckets;
DROP TABLE dedup_buckets;
ALTER TABLE dedup_buckets_narrow RENAME TO dedup_buckets;
ALTER INDEX dedup_buckets_narrow_pkey RENAME TO dedup_buckets_pkey;
