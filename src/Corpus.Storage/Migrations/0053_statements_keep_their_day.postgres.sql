-- A statement keeps its article's day (corpus_day_number, 0 when undated), and the full-text index holds the day
-- beside the words: a query newest first reads the hits of its newest days as the words' and the days' entries found
-- together (Search/DayWindows.cs), where walking articles by day reads every statement of those days and reading
-- every hit reads a heap page and an article for each. The day is indexed as a one-element array, so that the days
-- of a window are one condition (&&), which the index answers in one scan: a list of conditions (= ANY) would be a
-- scan each, and each scan reads the index's whole pending list. An article keeps the date it was settled with, and
-- its statements are stored after it is settled (Settlement), so a statement's day does not go stale.
ALTER TABLE statements ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
-- Indexes of millions of rows build several times faster with memory for their entries than with the default 64 MB.
SET LOCAL maintenance_work_mem = '512MB';

-- Every row is written again: the indexes that no constraint owns are built afresh after, rather than written row by row.
CREATE TEMPORARY TABLE statement_indexes ON COMMIT DROP AS
SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = 'statements'::regclass AND c.relname <> 'statements_search'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid);
DO $$
DECLARE kept record;
BEGIN
    FOR kept IN SELECT name FROM statement_indexes LOOP
        EXECUTE format('DROP INDEX %I', kept.name);
    END LOOP;
END $$;
DROP INDEX statements_search;

UPDATE statements st SET day = corpus_day_number(a.published)
FROM articles a
WHERE a.id = st.article_id AND a.published IS NOT NULL;

CREATE INDEX statements_search_by_day ON statements USING gin (search, (ARRAY[day]));
DO $$
DECLARE kept record;
BEGIN
    FOR kept IN SELECT definition FROM statement_indexes LOOP
        EXECUTE kept.definition;
    END LOOP;
END $$;
