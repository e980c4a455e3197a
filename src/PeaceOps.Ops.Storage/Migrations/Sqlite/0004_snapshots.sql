-- Replay snapshots: the picture of one kind at a moment, and the last event sequence it includes.
CREATE TABLE snapshots (
    kind        TEXT    NOT NULL,
    sequence    INTEGER NOT NULL,         -- the newest event folded into this snapshot
    at          INTEGER NOT NULL,         -- the moment it shows; Unix microseconds (UTC)
    data        TEXT    NOT NULL CHECK (json_valid(data)),
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (kind, sequence)
);
CREATE INDEX ix_snapshots_kind_at ON snapshots (kind, at);
