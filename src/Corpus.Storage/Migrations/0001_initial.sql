-- Portable SQL for SQLite and PostgreSQL; {autoid} is the dialect's auto-incremented key.
CREATE TABLE uploads (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    received BIGINT NOT NULL,
    accepted BIGINT NOT NULL,
    duplicates BIGINT NOT NULL,
    rejected BIGINT NOT NULL
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    client_key TEXT UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    upload_id TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    raw_text TEXT,
    raw_html TEXT,
    state TEXT NOT NULL,
    clean_text TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    duplicate_of TEXT,
    error TEXT,
    received_at BIGINT NOT NULL,
    processed_at BIGINT
);
CREATE INDEX articles_upload ON articles (upload_id, state);
CREATE INDEX articles_source ON articles (source, id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE work_items (
    id {autoid},
    grain TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_expires BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    trace_parent TEXT,
    enqueued_at BIGINT NOT NULL
);
CREATE INDEX work_items_state ON work_items (state, id);

CREATE TABLE speakers (
    id TEXT PRIMARY KEY,
    family_key TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    roles TEXT NOT NULL DEFAULT '[]',
    created_at BIGINT NOT NULL
);
CREATE INDEX speakers_family ON speakers (family_key);
CREATE INDEX speakers_name ON speakers (name);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    ordinal BIGINT NOT NULL,
    source TEXT,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT NOT NULL,
    start_offset BIGINT NOT NULL,
    end_offset BIGINT NOT NULL,
    rule TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    mention TEXT,
    speaker_id TEXT,
    meeting_id TEXT,
    quote_id TEXT
);
CREATE INDEX statements_article ON statements (article_id, ordinal);
CREATE INDEX statements_speaker ON statements (speaker_id, id);
CREATE INDEX statements_meeting ON statements (meeting_id);
CREATE INDEX statements_quote ON statements (quote_id);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,
    grain_key TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    place TEXT,
    participants TEXT NOT NULL,
    in_passing BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX meetings_grain ON meetings (grain_key);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_reports (
    meeting_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    source TEXT,
    PRIMARY KEY (meeting_id, article_id)
);

CREATE TABLE meeting_participants (
    meeting_id TEXT NOT NULL,
    family_key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (meeting_id, family_key)
);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
