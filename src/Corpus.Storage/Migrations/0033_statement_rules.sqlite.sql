-- A statement's rule is one of a few dozen names (e.g. learned-clause/described-source): each statement keeps a small
-- number into statement_rules instead of the name, which took a tenth of a statement row. A name gets its number the
-- first time a statement with it is stored (Statements/StatementRules.cs).
CREATE TABLE statement_rules (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE);
INSERT INTO statement_rules (name) SELECT DISTINCT rule FROM statements ORDER BY rule;
ALTER TABLE statements ADD COLUMN rule_id INTEGER;
UPDATE statements SET rule_id = (SELECT r.id FROM statement_rules r WHERE r.name = statements.rule);
ALTER TABLE statements DROP COLUMN rule;
