import { describe, expect, it } from 'vitest';
import { normaliseBatch } from './types';

describe('normaliseBatch', () => {
  it('reads a list of typed changes', () => {
    const b = normaliseBatch({
      sequence: 7,
      changes: [
        { kind: 'aircraftPosition', aircraftId: 'a1', position: { lat: 1, lon: 2, altitudeM: 0, headingDeg: 0, speedKts: 0, reportedAt: 'x' } },
        { type: 'FacilityChanged', data: { id: 'f1', status: 'diverting' } },
        { type: 'IncidentRemoved', id: 'i9' },
      ],
    });
    expect(b!.sequence).toBe(7);
    expect(b!.changes.map((c) => c.kind)).toEqual(['aircraftPosition', 'facility', 'removed']);
  });

  it('reads entity lists like the picture', () => {
    const b = normaliseBatch({ sequence: 3, previousSequence: 1, aircraft: [{ id: 'a1' }], facilities: [{ id: 'f1' }] });
    expect(b!.previousSequence).toBe(1);
    expect(b!.changes.map((c) => c.kind)).toEqual(['aircraft', 'facility']);
  });

  it('rejects a message without a sequence', () => {
    expect(normaliseBatch({ changes: [] })).toBeNull();
  });
});
