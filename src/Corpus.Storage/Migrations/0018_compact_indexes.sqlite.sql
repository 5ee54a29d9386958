-- Smaller indexes for a corpus of millions of articles (0018 for PostgreSQL).
-- The near-duplicate buckets become their own index: a table clustered on (bucket, article_id) holds what the rowid
-- table and its bucket index held twice.
CREATE TABLE dedup_buckets_clustered (
    bucket BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO dedup_buckets_clustered (bucket, article_id) SELECT bucket, article_id FROM dedup_buckets;
DROP TABLE dedup_buckets;
ALTER TABLE dedup_buckets_clustered RENAME TO dedup_buckets;

-- Articles are searched by word prefix and listed in upload order, never by phrase or rank: the index keeps which
-- articles hold a word, not where (detail=none), about a third of the size with positions.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content = 'articles', content_rowid = 'rowid', detail = none, tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.rowid, old.title, old.clean_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text) VALUES ('delete', old.rowid, old.title, old.clean_text);
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
