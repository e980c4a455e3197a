// Client-side checks of a pickup location before sending. MGRS is only checked for form here (zone, band,
// 100 km square, even digit count); the server converts it. Lat/lon is parsed fully.

import type { LatLon } from '../api/types';

const MGRS = /^(\d{1,2})([C-HJ-NP-X])([A-HJ-NP-Z])([A-HJ-NP-V])(\d*)$/;

export function normaliseMgrs(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** Null when the text is a well-formed MGRS reference, else the reason it is not. */
export function mgrsProblem(text: string): string | null {
  const m = MGRS.exec(normaliseMgrs(text));
  if (!m) return 'not an MGRS reference (zone, band, square letters, digits), e.g. 30QZD1639100716';
  const zone = Number(m[1]);
  if (zone < 1 || zone > 60) return `UTM zone ${zone} does not exist (1-60)`;
  const digits = m[5] ?? '';
  if (digits.length % 2 !== 0) return 'MGRS needs an even number of digits (easting and northing)';
  if (digits.length > 10) return 'MGRS has at most 10 digits (1 m precision)';
  if (digits.length === 0) return 'MGRS needs easting and northing digits';
  return null;
}

const signed = (value: number, hemi: string | undefined): number => (hemi && /[SW]/i.test(hemi) ? -value : value);

/** Parses "12.34, -1.5", "12.34 -1.5", "12.34N 1.5W". Null when it is not a lat/lon pair. */
export function parseLatLon(text: string): LatLon | null {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([NS])?\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*([EW])?\s*$/i.exec(text);
  if (!m) return null;
  const lat = signed(Number(m[1]), m[2]);
  const lon = signed(Number(m[3]), m[4]);
  return { lat, lon };
}

export function latLonProblem(p: LatLon): string | null {
  if (!(p.lat >= -90 && p.lat <= 90)) return `latitude ${p.lat} is outside -90..90`;
  if (!(p.lon >= -180 && p.lon <= 180)) return `longitude ${p.lon} is outside -180..180`;
  return null;
}

/** Null when the text is a valid pickup location (MGRS or lat/lon), else why not. */
export function locationProblem(text: string): string | null {
  if (!text.trim()) return 'pickup location is required';
  const ll = parseLatLon(text);
  if (ll) return latLonProblem(ll);
  return mgrsProblem(text);
}

export function looksLikeMgrs(text: string): boolean {
  return parseLatLon(text) === null && MGRS.test(normaliseMgrs(text));
}
