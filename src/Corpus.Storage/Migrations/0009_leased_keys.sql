-- Leasing skips the keys that another worker holds leased (see WorkQueue.LeaseAsync); this finds them.
CREATE INDEX work_items_leased_keys ON work_items (grain, grain_key) WHERE state = 'leased';
