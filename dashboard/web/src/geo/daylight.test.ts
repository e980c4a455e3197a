import { describe, expect, it } from 'vitest';
import { daylightAt } from './daylight';

// Gao, Mali. The server's Meeus code (checked against NOAA to a minute) gives civil dusk 26 Nov 2026 17:48:33Z
// and civil dawn 27 Nov 05:46:46Z (GET /api/v1/daylight?lat=16.27&lon=-0.04).
const gao = { lat: 16.27, lon: -0.04 };

describe('daylightAt', () => {
  it('at night says so and gives first light to within two minutes of the reference', () => {
    const d = daylightAt(gao, new Date('2026-11-26T20:00:00Z'));
    expect(d.night).toBe(true);
    expect(Math.abs(d.nextChange!.getTime() - Date.parse('2026-11-27T05:46:46Z'))).toBeLessThan(2 * 60_000);
  });

  it('by day gives last light', () => {
    const d = daylightAt(gao, new Date('2026-11-26T12:00:00Z'));
    expect(d.night).toBe(false);
    expect(d.elevationDeg).toBeGreaterThan(40);
    expect(Math.abs(d.nextChange!.getTime() - Date.parse('2026-11-26T17:48:33Z'))).toBeLessThan(2 * 60_000);
  });

  it('in polar night there is no next change', () => {
    const d = daylightAt({ lat: 85, lon: 0 }, new Date('2026-12-21T12:00:00Z'));
    expect(d).toMatchObject({ night: true, nextChange: null });
  });
});
