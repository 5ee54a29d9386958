-- An article keeps its upload's trace only until it is processed: the trace is read to join an unfinished article's
-- processing to the upload (ArticleRows.UnfinishedAsync), never after. Processed articles drop it.
UPDATE articles SET trace_parent = NULL WHERE state = 'processed';
