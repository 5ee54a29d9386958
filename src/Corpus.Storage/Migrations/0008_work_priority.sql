-- Follow-up messages between grains (0) are leased before new input from uploads (1); see WorkPriority.
ALTER TABLE work_items ADD COLUMN priority BIGINT NOT NULL DEFAULT 0;
DROP INDEX work_items_state;
CREATE INDEX work_items_lease ON work_items (state, priority, id);
