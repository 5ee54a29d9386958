-- Messages sent with after_input wait in their own state until the input frontier passes them (see
-- WorkQueue.LeaseAsync), so that a lease no longer walks past every waiting message to reach a leasable one.
CREATE INDEX work_items_waiting ON work_items (after_input) WHERE state = 'waiting';
UPDATE work_items SET state = 'waiting' WHERE state = 'ready' AND after_input IS NOT NULL;
