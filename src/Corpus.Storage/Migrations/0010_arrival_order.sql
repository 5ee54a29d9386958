-- Which of two near-copies is canonical follows the order articles arrived in, not the order workers processed them
-- (see ArticleGrain). An article's arrival is the queue id of its first message; articles processed before this
-- migration keep their processing order, ahead of every later arrival.
ALTER TABLE articles ADD COLUMN arrival BIGINT;
UPDATE articles SET arrival = processed_at - 10000000000000 WHERE processed_at IS NOT NULL;
-- A message that must see every earlier input taken in first (see WorkQueue.LeaseAsync).
ALTER TABLE work_items ADD COLUMN after_input BIGINT;
