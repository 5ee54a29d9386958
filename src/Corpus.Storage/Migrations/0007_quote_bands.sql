-- The band keys of every wording grouped into a quote, per speaker, so that a quote turn reads only the quotes that
-- share a band with the new wordings instead of rebuilding the speaker's whole grouping from all their statements.
CREATE TABLE quote_bands (
    speaker_id TEXT NOT NULL,
    band BIGINT NOT NULL,
    quote_id TEXT NOT NULL,
    PRIMARY KEY (speaker_id, band, quote_id)
);
-- Quotes grouped before this table existed have no bands yet; the next turn of their speaker adds them.
ALTER TABLE quotes ADD COLUMN banded BIGINT NOT NULL DEFAULT 0;
CREATE INDEX quotes_unbanded ON quotes (speaker_id) WHERE banded = 0;
