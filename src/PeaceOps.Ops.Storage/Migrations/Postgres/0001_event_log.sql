-- The append-only event log: one row per event, never updated, never deleted.
CREATE TABLE events (
    sequence        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- global order across all streams
    stream_id       TEXT        NOT NULL,
    version         BIGINT      NOT NULL,                             -- 1, 2, 3 ... within the stream
    type            TEXT        NOT NULL,
    data            JSON        NOT NULL,                             -- json, not jsonb: kept byte for byte as written
    occurred_at     TIMESTAMPTZ NOT NULL,                             -- microsecond precision, UTC
    recorded_at     TIMESTAMPTZ NOT NULL,
    actor           TEXT        NOT NULL,
    correlation_id  TEXT,
    causation_id    TEXT,
    idempotency_key TEXT,
    CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version)  -- optimistic concurrency's last line of defence
);
CREATE UNIQUE INDEX ix_events_idempotency_key ON events (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_events_occurred_at ON events (occurred_at);
