-- Key-value state of grains that are not event-sourced (aircraft, facilities): one row per grain.
CREATE TABLE grain_state (
    grain_type TEXT        NOT NULL,
    grain_id   TEXT        NOT NULL,
    version    BIGINT      NOT NULL,      -- the ETag: bumped by every write and clear, never reused
    state      JSON,                      -- NULL once cleared (the row keeps the version)
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (grain_type, grain_id)
);
