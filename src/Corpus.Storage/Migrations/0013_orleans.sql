-- Grains run on Orleans: no queue of grain messages. Every article is taken in again from its upload, in upload
-- order, so that the facts below exist for all of them and the derived views are rebuilt from those facts.
DROP TABLE work_items;
DROP TABLE quote_sketch_keys;
DROP TABLE source_paragraphs;
DROP INDEX quotes_unkeyed;
ALTER TABLE quotes DROP COLUMN keyed;
ALTER TABLE articles ADD COLUMN trace_parent TEXT;
DELETE FROM statements;
DELETE FROM speakers;
DELETE FROM meetings;
DELETE FROM meeting_reports;
DELETE FROM meeting_participants;
DELETE FROM quotes;
DELETE FROM dedup_buckets;
UPDATE articles SET state = 'queued', duplicate_of = NULL, clean_text = NULL, analyzed_text = NULL, processed_at = NULL, error = NULL;

-- An article's arrival is its place in upload order, given when its upload batch commits (see ArrivalCounter).
CREATE TABLE arrival_renumber AS
    SELECT id, ROW_NUMBER() OVER (ORDER BY arrival IS NULL, arrival, received_at, id) AS rank FROM articles;
UPDATE articles SET arrival = (SELECT r.rank FROM arrival_renumber r WHERE r.id = articles.id);
DROP TABLE arrival_renumber;
CREATE TABLE arrival_counter (id BIGINT PRIMARY KEY, next BIGINT NOT NULL);
INSERT INTO arrival_counter (id, next) SELECT 1, COALESCE(MAX(arrival), 0) + 1 FROM articles;
CREATE INDEX articles_state_arrival ON articles (state, arrival);

-- Facts an original article yields, stored once when it is settled; speaker, meeting and source grains derive
-- their state from them.
CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    ordinal BIGINT NOT NULL,
    family_key TEXT NOT NULL,
    arrival BIGINT NOT NULL,
    statement_id TEXT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX mentions_family ON mentions (family_key, arrival, ordinal);

CREATE TABLE meeting_mentions (
    article_id TEXT NOT NULL,
    ordinal BIGINT NOT NULL,
    grain_key TEXT NOT NULL,
    arrival BIGINT NOT NULL,
    report TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX meeting_mentions_grain ON meeting_mentions (grain_key, arrival, ordinal);

-- The paragraphs of an article that its outlet may print under many articles (fingerprints), those the article
-- still holds (kept), and whether it counts towards the outlet's furniture (a copy does not).
CREATE TABLE article_paragraphs (
    article_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    arrival BIGINT NOT NULL,
    fingerprints TEXT NOT NULL,
    kept TEXT NOT NULL,
    counted BIGINT NOT NULL
);
CREATE INDEX article_paragraphs_source ON article_paragraphs (source, arrival);
