-- What a copy decision reads of each candidate (its id, the group it joined, its copy sketch), in a narrow table keyed
-- by arrival: up to sixteen candidates an article, each found in a page or two here instead of through the arrival
-- index and a wide row of articles. Only settled and processed articles have a row.
CREATE TABLE copy_sketches (
    arrival INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    duplicate_of TEXT,
    sketch BLOB
);
INSERT INTO copy_sketches (arrival, id, duplicate_of, sketch)
SELECT arrival, id, duplicate_of, copy_sketch FROM articles WHERE state IN ('settled', 'processed') ORDER BY arrival;
ALTER TABLE articles DROP COLUMN copy_sketch;
