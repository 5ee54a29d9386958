-- A grain's checkpoint: how far the state it stored goes in its facts (applied), and for a speaker family how far the
-- quotes were told of its statements (told). Activation restores the grain from what it stored and reads only the facts
-- after its checkpoint. A speaker's place is its place in its family's list, which restoring needs; stored speakers
-- keep place -1, and grains no checkpoint, until they are next derived from all their facts, which writes both.
ALTER TABLE speakers ADD COLUMN place INTEGER NOT NULL DEFAULT -1;
CREATE TABLE grain_checkpoints (
    grain TEXT NOT NULL,
    grain_key TEXT NOT NULL,
    applied_arrival BIGINT NOT NULL,
    applied_ordinal BIGINT NOT NULL,
    told_arrival BIGINT,
    told_ordinal BIGINT,
    PRIMARY KEY (grain, grain_key)
);
