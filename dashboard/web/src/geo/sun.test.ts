import { describe, expect, it } from 'vitest';
import { nightPolygon, subsolarPoint, sunElevation } from './sun';

describe('subsolar point', () => {
  it('is near the equator and the Greenwich meridian at the March equinox noon', () => {
    const p = subsolarPoint(new Date(Date.UTC(2026, 2, 20, 12, 0)));
    expect(Math.abs(p.lat)).toBeLessThan(0.5);
    expect(Math.abs(p.lon)).toBeLessThan(2.5);
  });

  it('is near the Tropic of Cancer at the June solstice', () => {
    expect(subsolarPoint(new Date(Date.UTC(2026, 5, 21, 12))).lat).toBeCloseTo(23.44, 0);
  });

  it('puts Bamako in daylight at noon UTC and in darkness at midnight', () => {
    const bamako = { lat: 12.65, lon: -8.0 };
    expect(sunElevation(subsolarPoint(new Date(Date.UTC(2026, 10, 26, 12))), bamako)).toBeGreaterThan(40);
    expect(sunElevation(subsolarPoint(new Date(Date.UTC(2026, 10, 26, 0))), bamako)).toBeLessThan(-40);
  });
});

describe('night polygon', () => {
  it('has its boundary where the sun is on the horizon', () => {
    const at = new Date(Date.UTC(2026, 10, 26, 18));
    const sub = subsolarPoint(at);
    const ring = nightPolygon(at).slice(0, -2);
    for (const [lat, lon] of ring.filter((_, i) => i % 15 === 0)) {
      expect(Math.abs(sunElevation(sub, { lat, lon }))).toBeLessThan(0.5);
    }
  });

  it('closes over the pole in darkness (south in the northern summer)', () => {
    const ring = nightPolygon(new Date(Date.UTC(2026, 5, 21, 0)));
    expect(ring[ring.length - 1]![0]).toBe(-90);
  });
});
