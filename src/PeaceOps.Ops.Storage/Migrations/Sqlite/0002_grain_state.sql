-- Key-value state of grains that are not event-sourced (aircraft, facilities): one row per grain.
CREATE TABLE grain_state (
    grain_type TEXT    NOT NULL,
    grain_id   TEXT    NOT NULL,
    version    INTEGER NOT NULL,          -- the ETag: bumped by every write and clear, never reused
    state      TEXT CHECK (state IS NULL OR json_valid(state)),  -- JSON; NULL once cleared (the row keeps the version)
    updated_at INTEGER NOT NULL,          -- Unix time in microseconds (UTC)
    PRIMARY KEY (grain_type, grain_id)
) WITHOUT ROWID;
