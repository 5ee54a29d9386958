-- A statement kept its speaker mention as JSON (name, kind, aliases, roles, family) only for the view to show the name
-- until the speaker grain attributes it; the mentions table holds the rest. The name alone is a third of the bytes.
UPDATE statements SET mention = json_extract(mention, '$.name') WHERE mention IS NOT NULL;
ALTER TABLE statements RENAME COLUMN mention TO mentioned_name;
