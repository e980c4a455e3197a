// Where the sun is overhead, and the night side of the earth, for the map's day/night shading.
// Low-precision almanac (Astronomical Almanac, ~0.01°): plenty for a picture; tasking uses the server's Meeus code.

import type { LatLon } from '../api/types';

const rad = Math.PI / 180;
const deg = 180 / Math.PI;

const wrap360 = (x: number): number => ((x % 360) + 360) % 360;
const wrap180 = (x: number): number => wrap360(x + 180) - 180;

export function subsolarPoint(at: Date): LatLon {
  const n = (at.getTime() - Date.UTC(2000, 0, 1, 12)) / 86400000;
  const L = wrap360(280.46 + 0.9856474 * n);
  const g = wrap360(357.528 + 0.9856003 * n) * rad;
  const lambda = (L + 1.915 * Math.sin(g) + 0.02 * Math.sin(2 * g)) * rad;
  const epsilon = (23.439 - 0.0000004 * n) * rad;
  const declination = Math.asin(Math.sin(epsilon) * Math.sin(lambda));
  const rightAscension = Math.atan2(Math.cos(epsilon) * Math.sin(lambda), Math.cos(lambda)) * deg;
  const equationOfTimeDeg = wrap180(L - rightAscension);
  const utcHours = (at.getTime() % 86400000) / 3600000;
  return { lat: declination * deg, lon: wrap180(-15 * (utcHours - 12) - equationOfTimeDeg) };
}

/** Sun elevation in degrees at a place, from the subsolar point (angular distance from it). */
export function sunElevation(sub: LatLon, p: LatLon): number {
  const cosZ =
    Math.sin(sub.lat * rad) * Math.sin(p.lat * rad) + Math.cos(sub.lat * rad) * Math.cos(p.lat * rad) * Math.cos((p.lon - sub.lon) * rad);
  return 90 - Math.acos(Math.max(-1, Math.min(1, cosZ))) * deg;
}

/**
 * The night side (sun below `elevationDeg`) as one ring of [lat, lon] closed over the dark pole.
 * For each meridian the boundary solves sin h = sin φ sin δ + cos φ cos δ cos H for φ.
 */
export function nightPolygon(at: Date, elevationDeg = 0, stepDeg = 2): Array<[number, number]> {
  const sub = subsolarPoint(at);
  const d = sub.lat * rad;
  const s = Math.sin(elevationDeg * rad);
  const darkPole = sub.lat >= 0 ? -90 : 90;
  const ring: Array<[number, number]> = [];
  for (let lon = -180; lon <= 180; lon += stepDeg) {
    const H = (lon - sub.lon) * rad;
    const A = Math.sin(d);
    const B = Math.cos(d) * Math.cos(H);
    const R = Math.hypot(A, B);
    let lat: number;
    if (R < 1e-9 || Math.abs(s / R) > 1) {
      // The whole meridian is on one side: dark if its midpoint is dark.
      lat = sunElevation(sub, { lat: 0, lon }) < elevationDeg ? -darkPole : darkPole;
    } else {
      const alpha = Math.atan2(B, A);
      const base = Math.asin(s / R);
      const c1 = base - alpha;
      const c2 = Math.PI - base - alpha;
      const norm = (x: number): number => Math.atan2(Math.sin(x), Math.cos(x));
      const n1 = norm(c1);
      lat = (Math.abs(n1) <= Math.PI / 2 ? n1 : norm(c2)) * deg;
    }
    ring.push([lat, lon]);
  }
  ring.push([darkPole, 180], [darkPole, -180]);
  return ring;
}
