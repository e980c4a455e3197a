-- The append-only event log: one row per event, never updated, never deleted.
CREATE TABLE events (
    sequence        INTEGER PRIMARY KEY AUTOINCREMENT,  -- global order across all streams, never reused
    stream_id       TEXT    NOT NULL,
    version         INTEGER NOT NULL,                   -- 1, 2, 3 ... within the stream
    type            TEXT    NOT NULL,
    data            TEXT    NOT NULL CHECK (json_valid(data)),  -- JSON payload, camelCase
    occurred_at     INTEGER NOT NULL,                   -- Unix time in microseconds (UTC)
    recorded_at     INTEGER NOT NULL,
    actor           TEXT    NOT NULL,
    correlation_id  TEXT,
    causation_id    TEXT,
    idempotency_key TEXT,
    UNIQUE (stream_id, version)                         -- optimistic concurrency's last line of defence
);
CREATE UNIQUE INDEX ix_events_idempotency_key ON events (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_events_occurred_at ON events (occurred_at);
