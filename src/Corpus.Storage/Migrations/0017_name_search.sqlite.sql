-- Word-prefix search over speakers' names and aliases and over articles' titles and clean text, kept by the
-- database (external content: no second copy of the text; linked through the implicit rowid, which only VACUUM
-- could renumber, and nothing runs VACUUM on this store). No diacritics folding, as PostgreSQL's (0017 for it).
CREATE VIRTUAL TABLE speakers_fts USING fts5(
    name, aliases, content = 'speakers', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER speakers_fts_insert AFTER INSERT ON speakers BEGIN
    INSERT INTO speakers_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

CREATE TRIGGER speakers_fts_delete AFTER DELETE ON speakers BEGIN
    INSERT INTO speakers_fts (speakers_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
END;

CREATE TRIGGER speakers_fts_update AFTER UPDATE OF name, aliases ON speakers BEGIN
    INSERT INTO speakers_fts (speakers_fts, rowid, name, aliases) VALUES ('delete', old.rowid, old.name, old.aliases);
    INSERT INTO speakers_fts (rowid, name, aliases) VALUES (new.rowid, new.name, new.aliases);
END;

INSERT INTO speakers_fts (speakers_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, clean_text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
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
