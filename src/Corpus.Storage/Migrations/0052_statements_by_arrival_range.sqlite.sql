-- An article's statements are found by the range of ids its arrival starts (StableId.OfStatement), which the statements'
-- own key serves: the index by article, keyed by the article's hashed id, put every pass's articles on pages all over
-- it. It stays for the statements whose ids are of the older form (all hex digits), as few as the store has.
CREATE INDEX statements_article_older_ids ON statements (article_id, ordinal) WHERE length(id) <> 16 OR substr(id, 1, 1) <> 's';
DROP INDEX statements_article;
