-- Aircraft position reports: high volume, so a compact table of their own rather than events.
CREATE TABLE position_reports (
    aircraft_id TEXT             NOT NULL,
    report_id   TEXT             NOT NULL,  -- unique per aircraft: a repeated report is stored once
    at          TIMESTAMPTZ      NOT NULL,  -- when the aircraft was there
    lat         DOUBLE PRECISION NOT NULL,
    lon         DOUBLE PRECISION NOT NULL,
    altitude_m  DOUBLE PRECISION NOT NULL,
    heading_deg DOUBLE PRECISION NOT NULL,
    speed_kts   DOUBLE PRECISION NOT NULL,
    received_at TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (aircraft_id, report_id)
);
-- Track of one aircraft, and "latest at or before T" per aircraft (one index seek each).
CREATE INDEX ix_position_reports_aircraft_at ON position_reports (aircraft_id, at);
CREATE INDEX ix_position_reports_at ON position_reports (at);
-- Every aircraft that ever reported: the picture at T walks this short list instead of the whole table.
CREATE TABLE position_aircraft (aircraft_id TEXT PRIMARY KEY);
