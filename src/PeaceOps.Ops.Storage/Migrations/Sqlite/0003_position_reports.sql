-- Aircraft position reports: high volume, so a compact table of their own rather than events.
CREATE TABLE position_reports (
    aircraft_id TEXT    NOT NULL,
    report_id   TEXT    NOT NULL,         -- unique per aircraft: a repeated report is stored once
    at          INTEGER NOT NULL,         -- when the aircraft was there; Unix microseconds (UTC)
    lat         REAL    NOT NULL,
    lon         REAL    NOT NULL,
    altitude_m  REAL    NOT NULL,
    heading_deg REAL    NOT NULL,
    speed_kts   REAL    NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (aircraft_id, report_id)
);
-- Track of one aircraft, and "latest at or before T" per aircraft (one index seek each).
CREATE INDEX ix_position_reports_aircraft_at ON position_reports (aircraft_id, at);
CREATE INDEX ix_position_reports_at ON position_reports (at);
-- Every aircraft that ever reported: the picture at T walks this short list instead of the whole table.
CREATE TABLE position_aircraft (aircraft_id TEXT PRIMARY KEY) WITHOUT ROWID;
