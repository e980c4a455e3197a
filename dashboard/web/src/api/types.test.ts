import { describe, expect, it } from 'vitest';
import { normaliseBatch, toAirspace, toIncident } from './types';

describe('normaliseBatch', () => {
  it('reads the hub batch: contiguous sequences, kind-tagged changes', () => {
    const b = normaliseBatch({
      epoch: 'e1',
      fromSequence: 5,
      toSequence: 7,
      changes: [
        { kind: 'aircraftMoved', sequence: 5, aircraftId: 'a1', position: { lat: 1, lon: 2, altitudeM: 0, headingDeg: 0, speedKts: 0, reportedAt: 'x' } },
        { kind: 'facilityChanged', sequence: 6, facility: { profile: { id: 'f1', name: 'L2', level: 'II', position: { lat: 1, lon: 1 } }, status: 'diverting', availableBeds: 0, availableOperatingTables: 0 } },
        { kind: 'replanFlagged', sequence: 7, incidentId: 'i1', reason: 'facility diverting', cause: 'facility' },
      ],
    });
    expect(b!.sequence).toBe(7);
    expect(b!.previousSequence).toBe(4);
    expect(b!.epoch).toBe('e1');
    expect(b!.changes.map((c) => c.kind)).toEqual(['aircraftPosition', 'facility', 'alert']);
    const f = b!.changes[1] as { kind: 'facility'; value: { id: string; name: string; status: string } };
    expect(f.value).toMatchObject({ id: 'f1', name: 'L2', status: 'diverting' });
  });

  it('reads looser envelopes too', () => {
    const b = normaliseBatch({ sequence: 2, changes: [{ type: 'IncidentRemoved', id: 'i9' }] });
    expect(b!.changes).toEqual([{ kind: 'removed', entity: 'incident', id: 'i9' }]);
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

describe('adapters', () => {
  it('turns an incident summary with top-level tasking ids into a tasked incident', () => {
    const i = toIncident({ id: 'i1', status: 'tasked', precedence: 'urgent', pickup: { lat: 1, lon: 2 }, pickupMgrs: '30QZD1', aircraftId: 'a1', facilityId: 'f1', patients: 3 });
    expect(i.tasking).toEqual({ aircraftId: 'a1', facilityId: 'f1', facilityEta: null });
    expect(i.pickup.mgrs).toBe('30QZD1');
  });

  it('carries the approved option\'s facility ETA for the receiving facility', () => {
    const i = toIncident({ id: 'i1', status: 'tasked', aircraftId: 'a1', facilityId: 'f1', facilityEta: '2026-11-26T21:05:00Z' });
    expect(i.tasking?.facilityEta).toBe('2026-11-26T21:05:00Z');
  });

  it('builds GeoJSON from zone rings and derives activity from its window', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    const z = toAirspace({ id: 'z', name: 'Z', kind: 'restricted', rings: [[{ lat: 0, lon: 0 }, { lat: 1, lon: 0 }, { lat: 0, lon: 1 }, { lat: 0, lon: 0 }]], activeFrom: '2026-11-27T00:00:00Z' }, now);
    expect(z.geometry).toMatchObject({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 0], [0, 0]]] });
    expect(z.active).toBe(false);
  });
});
