-- Idempotency keys are checked against a map in memory (IdempotencyKeyMap), caught up from the log under the write
-- lock, instead of a unique index. Keys are random (a client's GUID), so the unique index took one random B-tree
-- insert per event: every group commit dirtied about one 4 KiB page per event for it alone, all written to the WAL
-- and fsynced, which bounded group commit to ~15,000 events/s. This index is in sequence order, so a group's entries
-- land on a page or two at its end, and it holds only what the map is built from: loading or catching up the map
-- reads it alone, never the payloads.
DROP INDEX ix_events_idempotency_key;
CREATE INDEX ix_events_idempotency_keys_in_order ON events (sequence, idempotency_key) WHERE idempotency_key IS NOT NULL;
