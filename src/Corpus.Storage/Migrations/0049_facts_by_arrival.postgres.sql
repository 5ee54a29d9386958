-- The facts tables are keyed by arrival instead of article id (an article's arrival is as unique as its id), so that
-- each pass's keys go at the right edge of their B-trees instead of one random leaf an article in each.
ALTER TABLE mentions DROP CONSTRAINT mentions_pkey, ADD PRIMARY KEY (arrival, ordinal);
ALTER TABLE meeting_mentions DROP CONSTRAINT meeting_mentions_pkey, ADD PRIMARY KEY (arrival, ordinal);
ALTER TABLE article_paragraphs DROP CONSTRAINT article_paragraphs_pkey, ADD PRIMARY KEY (arrival);
