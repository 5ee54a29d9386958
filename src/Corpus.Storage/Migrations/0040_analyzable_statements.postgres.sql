-- Autovacuum analyzes a table with search_path set to pg_catalog alone, and evaluates its index expressions so:
-- corpus_rank_tiers (migration 0024) calls corpus_rank_length unqualified, so every automatic ANALYZE of statements
-- failed ("function corpus_rank_length(tsvector) does not exist") and the planner had no statistics for statements:
-- it planned an article's dozen statements as ~900 rows, with sequential scans of the link tables. The function now
-- carries the search path it was made with; autovacuum analyzes statements from then on (a store that never had its
-- statements analyzed has all of them counted as changed, so the next round does).
ALTER FUNCTION corpus_rank_tiers(tsvector, integer) SET search_path FROM CURRENT;
