-- Each batch of article turns reads the paragraphs its outlets repeat in at least the threshold number of articles;
-- without this index that read scanned every paragraph the outlets ever printed once.
CREATE INDEX source_paragraphs_recurring ON source_paragraphs (source, articles);
