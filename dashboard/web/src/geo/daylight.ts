import type { LatLon } from '../api/types';
import { subsolarPoint, sunElevation } from './sun';

/** Civil twilight: the mission's default night threshold (DOMAIN.md), below which helicopters need NVG. */
export const NIGHT_THRESHOLD_DEG = -6;

export interface Daylight {
  night: boolean;
  elevationDeg: number;
  /** When it next turns (first light at night, last light by day); null in polar day or night. */
  nextChange: Date | null;
}

/**
 * Day or night at a place and the next change, for the header a duty officer glances at before tasking a
 * helicopter. Steps a minute at a time (at most a day ahead), then the answer is good to the minute.
 */
export function daylightAt(p: LatLon, at: Date, thresholdDeg = NIGHT_THRESHOLD_DEG): Daylight {
  const elevationDeg = sunElevation(subsolarPoint(at), p);
  const night = elevationDeg < thresholdDeg;
  const minute = 60_000;
  for (let t = at.getTime() + minute; t <= at.getTime() + 86_400_000; t += minute) {
    const e = sunElevation(subsolarPoint(new Date(t)), p);
    if (e < thresholdDeg !== night) return { night, elevationDeg, nextChange: new Date(t) };
  }
  return { night, elevationDeg, nextChange: null };
}
