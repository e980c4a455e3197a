import { describe, expect, it } from 'vitest';
import type { Facility, Incident } from '../api/types';
import { boardOrder, inboundByFacility, overwhelmed } from './workspace';

const f: Facility = { id: 'f1', name: 'L2 Gao', level: 'II', status: 'open', position: { lat: 0, lon: 0 }, availableBeds: 2, availableOperatingTables: 1 };
const inc = (id: string, precedence: string, patients: number, status = 'tasked'): Incident => ({
  id,
  status,
  precedence,
  patients,
  pickup: { lat: 0, lon: 0 },
  injuredAt: '2026-11-26T10:00:00Z',
  clocks: { resuscitationDueAt: '2026-11-26T11:00:00Z', surgeryDueAt: '2026-11-26T12:00:00Z' },
  tasking: { aircraftId: 'a', facilityId: 'f1' },
});

describe('inbound casualties', () => {
  it('counts only open tasked incidents heading to the facility', () => {
    const map = inboundByFacility([inc('i1', 'A', 1), inc('i2', 'C', 1, 'closed')]);
    expect(map.get('f1')!.map((x) => x.incident.id)).toEqual(['i1']);
  });

  it('warns when inbound casualties exceed the beds', () => {
    expect(overwhelmed(f, inboundByFacility([inc('i1', 'A', 3)])!.get('f1')!)).toMatch(/3 inbound for 2 beds/);
  });

  it('warns when surgical cases exceed the operating tables', () => {
    expect(overwhelmed(f, inboundByFacility([inc('i1', 'B', 1), inc('i2', 'B', 1)])!.get('f1')!)).toMatch(/operating table/);
  });

  it('stays quiet within capacity', () => {
    expect(overwhelmed(f, inboundByFacility([inc('i1', 'A', 1)])!.get('f1')!)).toBeNull();
  });
});

describe('board order', () => {
  const clinic: Facility = { ...f, id: 'c1', name: 'Ansongo clinic', level: 'I' };
  const hospital: Facility = { ...f, id: 'h1', name: 'Timbuktu hospital', level: 'II' };
  const receiving: Facility = { ...f, id: 'f1', name: 'Zz receiving clinic', level: 'I' };

  it('puts facilities with inbound casualties first, then hospitals before clinics', () => {
    const order = boardOrder([clinic, hospital, receiving], inboundByFacility([inc('i1', 'A', 2)]));
    expect(order.map((x) => x.id)).toEqual(['f1', 'h1', 'c1']);
  });

  it('orders by name within a level when nothing is inbound', () => {
    const other: Facility = { ...clinic, id: 'c0', name: 'Aguelhok clinic' };
    expect(boardOrder([clinic, other], new Map()).map((x) => x.id)).toEqual(['c0', 'c1']);
  });
});
