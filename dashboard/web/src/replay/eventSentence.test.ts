import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../api/types';
import { eventSentence, type EventNames } from './eventSentence';

const names: EventNames = {
  aircraft: (id) => ({ 'uno-201': 'ANGEL 21' })[id],
  facility: (id) => ({ 'gao-l2': 'Gao Level II hospital' })[id],
};

// Payloads as the event log writes them: camelCase records (OpsEventJson), enums as names, the envelope included.
const event = (type: string, data: unknown): IncidentEvent => ({
  sequence: 1,
  type,
  occurredAt: '2026-11-27T01:09:00Z',
  recordedAt: '2026-11-27T01:09:00Z',
  actor: 'duty',
  data: { ...(data as object), occurredAt: '2026-11-27T01:09:00Z', actor: 'duty', correlationId: 'c-1', idempotencyKey: 'k-1' },
});

const option = (over: object = {}): object => ({
  rank: 1,
  aircraftId: 'uno-201',
  facilityId: 'gao-l2',
  feasible: true,
  facilityEta: '2026-11-27T02:06:00Z',
  meetsResuscitation: true,
  meetsSurgery: true,
  violations: [],
  callsign: 'ANGEL 21',
  facilityName: 'Gao Level II hospital',
  ...over,
});

describe('eventSentence', () => {
  it('reads a 9-line report as precedence, pickup, casualties and injury time', () => {
    const e = event('IncidentReported', {
      incidentId: 'i-1',
      nineLine: { pickupMgrs: '30QZD1639100716', litter: 1, ambulatory: 0, patients: { urgentSurgical: 1 } },
      injuredAt: '2026-11-27T01:07:00Z',
      precedence: 'UrgentSurgical',
    });
    expect(eventSentence(e, names)).toBe('9-line received: Urgent-Surgical · pickup 30QZD1639100716 · 1 litter, 0 ambulatory · injured 01:07Z');
  });

  it('summarises the options offered by their count, feasibility and the best one', () => {
    const e = event('OptionsProposed', { options: [option(), option({ rank: 2, feasible: false, meetsResuscitation: false })] });
    expect(eventSentence(e, names)).toBe('2 options offered (1 feasible); best: ANGEL 21 → Gao Level II hospital, at facility 02:06Z (meets 1 h, meets 2 h)');
  });

  it('says so when no aircraft could be offered', () => {
    expect(eventSentence(event('OptionsProposed', { options: [] }), names)).toBe('No aircraft could be offered.');
  });

  it('names the approved option, its rank among those shown, and an override with its reason', () => {
    const chosen = option({ rank: 3, feasible: false, meetsSurgery: false, violations: [{ code: 'NO_NVG_CREW', severity: 'Blocking' }, { code: 'NIGHT_RETURN', severity: 'Warning' }] });
    const e = event('TaskingApproved', { aircraftId: 'uno-201', facilityId: 'gao-l2', overrideReason: 'only aircraft in range', chosen, optionsShown: [option(), option(), chosen] });
    expect(eventSentence(e, names)).toBe('ANGEL 21 → Gao Level II hospital approved, option #3 of 3 (meets 1 h, misses 2 h); override of NO_NVG_CREW: “only aircraft in range”');
  });

  it('falls back to the callsign and facility name recorded in the option when the dashboard does not know them', () => {
    const chosen = option({ aircraftId: 'gone-1', facilityId: 'gone-2', callsign: 'DUSTOFF 11', facilityName: 'Mopti clinic' });
    const e = event('TaskingApproved', { aircraftId: 'gone-1', facilityId: 'gone-2', chosen, optionsShown: [chosen] });
    expect(eventSentence(e, names)).toBe('DUSTOFF 11 → Mopti clinic approved, option #1 of 1 (meets 1 h, meets 2 h)');
  });

  it('reads each phase of the flight with the aircraft or facility by name', () => {
    expect(eventSentence(event('AircraftLaunched', { aircraftId: 'uno-201' }), names)).toBe('ANGEL 21 launched');
    expect(eventSentence(event('ArrivedAtPickup', { aircraftId: 'uno-201' }), names)).toBe('ANGEL 21 at the pickup');
    expect(eventSentence(event('PatientsLoaded', { aircraftId: 'uno-201' }), names)).toBe('Casualties on board ANGEL 21');
    expect(eventSentence(event('HandedOver', { facilityId: 'gao-l2' }), names)).toBe('Handed over at Gao Level II hospital');
    expect(eventSentence(event('MissionDiverted', { reason: 'hospital diverting', facilityId: 'gao-l2', previousFacilityId: 'x-9' }), names)).toBe(
      'Diverted from x-9 to Gao Level II hospital: hospital diverting',
    );
    expect(eventSentence(event('IncidentFlaggedForReplan', { reason: 'Zone R-12 now active', cause: 'airspace' }), names)).toBe('Flagged for re-planning: Zone R-12 now active');
    expect(eventSentence(event('IncidentClosed', {}), names)).toBe('Closed');
  });

  it('shows an unknown event type by its plain fields, without the who/when envelope', () => {
    expect(eventSentence(event('SomethingNew', { answer: 42, nested: { x: 1 } }), names)).toBe('answer: 42');
  });
});
