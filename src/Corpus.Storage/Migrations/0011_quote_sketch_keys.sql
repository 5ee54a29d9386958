-- Quotes are now looked up by their content words of lowest hash (QuoteSketch), not by MinHash bands over all their
-- words, so the stored keys are of no use: each speaker's next quote turn keys that speaker's quotes again.
DROP TABLE quote_bands;
CREATE TABLE quote_sketch_keys (
    speaker_id TEXT NOT NULL,
    sketch_key BIGINT NOT NULL,
    quote_id TEXT NOT NULL,
    PRIMARY KEY (speaker_id, sketch_key, quote_id)
);
DROP INDEX quotes_unbanded;
ALTER TABLE quotes RENAME COLUMN banded TO keyed;
UPDATE quotes SET keyed = 0;
CREATE INDEX quotes_unkeyed ON quotes (speaker_id) WHERE keyed = 0;
