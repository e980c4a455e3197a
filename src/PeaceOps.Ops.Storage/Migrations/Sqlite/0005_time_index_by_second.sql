-- Index the second an event occurred in, not the microsecond. An index on occurred_at takes one random B-tree insert
-- per event whenever a group's events are not in time order (many grains, late reports, a replayed exercise): each
-- dirties its own 4 KiB page, and every dirty page is written to the WAL and fsynced at commit. Within one second,
-- entries sit in rowid (= sequence) order, so a group's inserts land at the end of each second's run: a few pages
-- per group instead of one per event. Reads by time narrow to the seconds first, then test occurred_at exactly.
DROP INDEX ix_events_occurred_at;
CREATE INDEX ix_events_occurred_second ON events (occurred_at / 1000000);
