-- Replay snapshots: the picture of one kind at a moment, and the last event sequence it includes.
CREATE TABLE snapshots (
    kind        TEXT        NOT NULL,
    sequence    BIGINT      NOT NULL,     -- the newest event folded into this snapshot
    at          TIMESTAMPTZ NOT NULL,     -- the moment it shows
    data        JSON        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, sequence)
);
CREATE INDEX ix_snapshots_kind_at ON snapshots (kind, at);
