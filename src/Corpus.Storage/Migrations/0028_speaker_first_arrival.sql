-- A family's speakers are ordered by the article whose mention first named each (a bare surname in a meeting goes to
-- the family's first speaker), not by when a write created them: passes, and so write times, differ with silo count
-- and timing. Existing rows keep their creation time until their family grain derives them again, which rewrites
-- every speaker of the family with its arrival.
ALTER TABLE speakers RENAME COLUMN created_at TO first_arrival;
