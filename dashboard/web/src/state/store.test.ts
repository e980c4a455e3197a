import { describe, expect, it } from 'vitest';
import type { Aircraft, Facility, Incident, Picture } from '../api/types';
import { OpsStore, TRAIL_LENGTH } from './store';

const aircraft = (id: string, lat = 10, lon = 20, status = 'available'): Aircraft => ({
  id,
  callsign: `CS-${id}`,
  type: 'Mi-8',
  status,
  nvgCapable: true,
  litters: 6,
  position: { lat, lon, altitudeM: 300, headingDeg: 90, speedKts: 120, reportedAt: '2026-11-26T10:00:00Z' },
});
const facility = (id: string, status: Facility['status'] = 'open'): Facility => ({
  id,
  name: `Hospital ${id}`,
  level: 'II',
  status,
  position: { lat: 1, lon: 2 },
  availableBeds: 5,
  availableOperatingTables: 1,
});
const incident = (id: string, facilityId?: string): Incident => ({
  id,
  status: 'tasked',
  precedence: 'A',
  pickup: { lat: 1, lon: 1 },
  injuredAt: '2026-11-26T10:00:00Z',
  clocks: { resuscitationDueAt: '2026-11-26T11:00:00Z', surgeryDueAt: '2026-11-26T12:00:00Z' },
  tasking: facilityId ? { aircraftId: 'a1', facilityId } : null,
});
const picture = (p: Partial<Picture> = {}): Picture => ({ asOf: '2026-11-26T10:00:00Z', sequence: 1, aircraft: [], facilities: [], incidents: [], airspace: [], ...p });

describe('OpsStore', () => {
  it('collects changes and delivers them to listeners once per flush', () => {
    const store = new OpsStore();
    let hooks = 0;
    store.setDirtyHook(() => hooks++);
    const deliveries: string[][] = [];
    store.subscribe((d) => deliveries.push([...d].sort()));
    store.loadPicture(picture({ aircraft: [aircraft('a1')] }));
    for (let i = 0; i < 100; i++) store.apply([{ kind: 'aircraftPosition', id: 'a1', position: { ...aircraft('a1').position!, lat: 10 + i / 100 } }]);
    store.flush();
    store.flush();
    expect(hooks).toBeGreaterThan(1);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toContain('aircraft');
  });

  it('replaces the whole picture on a snapshot, dropping entities that are gone', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ aircraft: [aircraft('a1'), aircraft('a2')] }));
    store.loadPicture(picture({ aircraft: [aircraft('a2')] }));
    expect([...store.aircraft.keys()]).toEqual(['a2']);
    expect(store.trails.has('a1')).toBe(false);
  });

  it('keeps a bounded trail of distinct positions per aircraft', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ aircraft: [aircraft('a1')] }));
    for (let i = 1; i <= TRAIL_LENGTH + 10; i++) {
      store.apply([{ kind: 'aircraftPosition', id: 'a1', position: { ...aircraft('a1').position!, lat: 10 + i } }]);
      store.apply([{ kind: 'aircraftPosition', id: 'a1', position: { ...aircraft('a1').position!, lat: 10 + i } }]);
    }
    const trail = store.trails.get('a1')!;
    expect(trail).toHaveLength(TRAIL_LENGTH);
    expect(trail[trail.length - 1]!.lat).toBe(10 + TRAIL_LENGTH + 10);
  });

  it('updates an aircraft position and status from a position change', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ aircraft: [aircraft('a1')] }));
    store.apply([{ kind: 'aircraftPosition', id: 'a1', position: { ...aircraft('a1').position!, lat: 11 }, status: 'tasked' }]);
    expect(store.aircraft.get('a1')!.position!.lat).toBe(11);
    expect(store.aircraft.get('a1')!.status).toBe('tasked');
    expect(store.movedAircraft.has('a1')).toBe(true);
  });

  it('raises a re-plan alert when the facility of a tasked incident starts diverting', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ facilities: [facility('f1')], incidents: [incident('i1', 'f1'), incident('i2')] }));
    store.apply([{ kind: 'facility', value: facility('f1', 'diverting') }]);
    expect(store.alerts).toHaveLength(1);
    expect(store.alerts[0]!.incidentId).toBe('i1');
    expect(store.alerts[0]!.message).toContain('diverting');
  });

  it('does not alert when a facility merely changes its bed count', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ facilities: [facility('f1')], incidents: [incident('i1', 'f1')] }));
    store.apply([{ kind: 'facility', value: { ...facility('f1'), availableBeds: 2 } }]);
    expect(store.alerts).toHaveLength(0);
  });

  it('removes entities named by a removal change', () => {
    const store = new OpsStore();
    store.loadPicture(picture({ incidents: [incident('i1')] }));
    store.apply([{ kind: 'removed', entity: 'incident', id: 'i1' }]);
    expect(store.incidents.size).toBe(0);
  });
});
