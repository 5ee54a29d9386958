-- The facts tables are keyed by arrival instead of article id (an article's arrival is as unique as its id), so that
-- each pass's rows go at the end of their B-trees, where a key by the hashed id would put every article on a page of
-- its own that the writer then writes and checkpoints. Mentions need no rowid: the key is the table.
CREATE TABLE mentions_by_arrival (
    arrival BIGINT NOT NULL,
    ordinal BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    family_key TEXT NOT NULL,
    statement_id TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    PRIMARY KEY (arrival, ordinal)
) WITHOUT ROWID;
INSERT INTO mentions_by_arrival (arrival, ordinal, article_id, family_key, statement_id, name, kind, aliases, roles)
SELECT arrival, ordinal, article_id, family_key, statement_id, name, kind, aliases, roles FROM mentions ORDER BY arrival, ordinal;
DROP TABLE mentions;
ALTER TABLE mentions_by_arrival RENAME TO mentions;
CREATE INDEX mentions_family ON mentions (family_key, arrival, ordinal);

CREATE TABLE meeting_mentions_by_arrival (
    arrival BIGINT NOT NULL,
    ordinal BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    report TEXT NOT NULL,
    PRIMARY KEY (arrival, ordinal)
);
INSERT INTO meeting_mentions_by_arrival (arrival, ordinal, article_id, grain_key, report)
SELECT arrival, ordinal, article_id, grain_key, report FROM meeting_mentions ORDER BY arrival, ordinal;
DROP TABLE meeting_mentions;
ALTER TABLE meeting_mentions_by_arrival RENAME TO meeting_mentions;
CREATE INDEX meeting_mentions_grain ON meeting_mentions (grain_key, arrival, ordinal);

-- The arrival is the rowid: no index of its own.
CREATE TABLE article_paragraphs_by_arrival (
    arrival INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    source TEXT NOT NULL,
    fingerprints TEXT NOT NULL,
    kept TEXT NOT NULL,
    counted BIGINT NOT NULL
);
INSERT INTO article_paragraphs_by_arrival (arrival, article_id, source, fingerprints, kept, counted)
SELECT arrival, article_id, source, fingerprints, kept, counted FROM article_paragraphs ORDER BY arrival;
DROP TABLE article_paragraphs;
ALTER TABLE article_paragraphs_by_arrival RENAME TO article_paragraphs;
CREATE INDEX article_paragraphs_source ON article_paragraphs (source, arrival);
