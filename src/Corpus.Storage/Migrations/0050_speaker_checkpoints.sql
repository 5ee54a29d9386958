-- A family grain's checkpoint: its speakers in the order it keeps them (place), and how far the stored speakers and
-- attributions have taken in the family's mentions (applied) and told the quotes of them (told). Activation restores
-- the family from these and reads only the mentions after them. Stored speakers keep place -1 and their family no
-- checkpoint until the family is next derived from all its mentions, which writes both.
ALTER TABLE speakers ADD COLUMN place INTEGER NOT NULL DEFAULT -1;
CREATE TABLE speaker_checkpoints (
    family_key TEXT PRIMARY KEY,
    applied_arrival BIGINT NOT NULL,
    applied_ordinal BIGINT NOT NULL,
    told_arrival BIGINT,
    told_ordinal BIGINT
);
