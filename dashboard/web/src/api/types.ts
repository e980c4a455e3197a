// The wire shapes of the outside contract (shared/CONTRACT.md) and the hub's messages.
// Every other module imports from here; when the server's shapes move, only this file adapts.

import type { Geometry, LineString } from 'geojson';

export type Role = 'DutyOfficer' | 'MedicalCoordinator' | 'Reviewer' | 'Admin';

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresAt: string;
  roles: Role[];
}

export interface LatLon {
  lat: number;
  lon: number;
}

export interface AircraftPosition extends LatLon {
  altitudeM: number;
  headingDeg: number;
  speedKts: number;
  reportedAt: string;
}

export interface Aircraft {
  id: string;
  callsign: string;
  type: string;
  status: string;
  baseId?: string;
  nvgCapable: boolean;
  litters: number;
  position: AircraftPosition | null;
}

export type FacilityLevel = 'I' | 'I+' | 'II' | 'III';
export type FacilityStatus = 'open' | 'limited' | 'diverting' | 'closed';

export interface Facility {
  id: string;
  name: string;
  level: FacilityLevel;
  status: FacilityStatus;
  position: LatLon;
  availableBeds: number;
  availableOperatingTables: number;
  note?: string | null;
}

export type AirspaceKind = 'prohibited' | 'restricted' | 'danger' | 'threat';

export interface Airspace {
  id: string;
  name: string;
  kind: AirspaceKind;
  geometry: Geometry;
  floorFt: number;
  ceilingFt: number;
  active: boolean;
}

export interface LandingSite {
  id: string;
  name: string;
  position: LatLon;
  nightCapable?: boolean;
}

/** Precedence letters of 9-line line 3 (A urgent .. E convenience). */
export type Precedence = 'A' | 'B' | 'C' | 'D' | 'E';

export interface IncidentClocks {
  resuscitationDueAt: string;
  surgeryDueAt: string;
}

export interface Tasking {
  aircraftId: string;
  facilityId: string;
  pickupEta?: string | null;
  facilityEta?: string | null;
  overrideReason?: string | null;
  approvedAt?: string | null;
  approvedBy?: string | null;
}

export interface Incident {
  id: string;
  status: string;
  precedence: string;
  pickup: LatLon & { mgrs?: string };
  injuredAt: string;
  clocks: IncidentClocks;
  tasking?: Tasking | null;
  patients?: number;
  callsign?: string;
  timeline?: IncidentEvent[];
}

export interface Picture {
  asOf: string;
  sequence: number;
  aircraft: Aircraft[];
  facilities: Facility[];
  incidents: Incident[];
  airspace: Airspace[];
  landingSites?: LandingSite[];
}

export interface Violation {
  code: string;
  severity: 'blocking' | 'warning';
  message: string;
}

export interface RouteLeg {
  from: LatLon & { name?: string };
  to: LatLon & { name?: string };
  departAt: string;
  arriveAt: string;
  night: boolean;
}

export interface TaskingOption {
  rank: number;
  aircraftId: string;
  facilityId: string;
  feasible: boolean;
  pickupEta: string;
  facilityEta: string;
  meetsResuscitation: boolean;
  meetsSurgery: boolean;
  route: LineString;
  legs: RouteLeg[];
  violations: Violation[];
}

export interface IncidentEvent {
  sequence: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor?: string | null;
  data?: unknown;
}

/** RFC 9457 problem details; `errors` maps a field (e.g. "line3") to its messages. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** The 9-line as the API takes it (JSON form of POST /api/v1/incidents). */
export interface NineLineRequest {
  idempotencyKey: string;
  injuredAt?: string;
  nineLineText: string;
}

export interface CreatedIncident {
  id: string;
}

/** One entity change, normalised from whatever envelope the hub used. */
export type EntityChange =
  | { kind: 'aircraft'; value: Aircraft }
  | { kind: 'aircraftPosition'; id: string; position: AircraftPosition; status?: string }
  | { kind: 'facility'; value: Facility }
  | { kind: 'incident'; value: Incident }
  | { kind: 'airspace'; value: Airspace }
  | { kind: 'removed'; entity: 'aircraft' | 'facility' | 'incident' | 'airspace'; id: string }
  | { kind: 'alert'; incidentId?: string; message: string };

/** A `changes` batch after normalisation. */
export interface ChangeBatch {
  sequence: number;
  /** The sequence the batch follows, when the server says so; otherwise a gap is `sequence > last + 1`. */
  previousSequence?: number;
  changes: EntityChange[];
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null;

/** Maps one raw change (several envelope styles accepted) to an EntityChange, or null if unknown. */
export function normaliseChange(raw: unknown): EntityChange | null {
  if (!isObject(raw)) return null;
  const kindRaw = String(raw.kind ?? raw.type ?? raw.entity ?? raw.$type ?? '').toLowerCase();
  const body = (isObject(raw.value) ? raw.value : isObject(raw.data) ? raw.data : isObject(raw.payload) ? raw.payload : raw) as Raw;
  if (raw.removed === true || kindRaw.endsWith('removed') || kindRaw.endsWith('deleted')) {
    const entity = (['aircraft', 'facility', 'incident', 'airspace'] as const).find((e) => kindRaw.startsWith(e));
    if (entity) return { kind: 'removed', entity, id: String(body.id ?? raw.id) };
  }
  if (kindRaw.includes('position')) {
    const id = String(body.aircraftId ?? body.id ?? raw.id);
    const position = (isObject(body.position) ? body.position : body) as unknown as AircraftPosition;
    return typeof body.status === 'string'
      ? { kind: 'aircraftPosition', id, position, status: body.status }
      : { kind: 'aircraftPosition', id, position };
  }
  if (kindRaw.startsWith('aircraft')) return { kind: 'aircraft', value: body as unknown as Aircraft };
  if (kindRaw.startsWith('facilit')) return { kind: 'facility', value: body as unknown as Facility };
  if (kindRaw.startsWith('incident')) return { kind: 'incident', value: body as unknown as Incident };
  if (kindRaw.startsWith('airspace')) return { kind: 'airspace', value: body as unknown as Airspace };
  if (kindRaw.includes('alert') || kindRaw.includes('replan')) {
    const incidentId = body.incidentId === undefined ? undefined : String(body.incidentId);
    const message = String(body.message ?? 'Re-plan needed');
    return incidentId === undefined ? { kind: 'alert', message } : { kind: 'alert', incidentId, message };
  }
  return null;
}

/** Accepts `{sequence, changes:[...]}` or `{sequence, aircraft:[...], facilities:[...], ...}`. */
export function normaliseBatch(raw: unknown): ChangeBatch | null {
  if (!isObject(raw) || typeof raw.sequence !== 'number') return null;
  const changes: EntityChange[] = [];
  if (Array.isArray(raw.changes)) {
    for (const c of raw.changes) {
      const n = normaliseChange(c);
      if (n) changes.push(n);
    }
  }
  const lists: Array<[string, EntityChange['kind']]> = [
    ['aircraft', 'aircraft'],
    ['facilities', 'facility'],
    ['incidents', 'incident'],
    ['airspace', 'airspace'],
  ];
  for (const [key, kind] of lists) {
    const list = raw[key];
    if (Array.isArray(list)) for (const v of list) changes.push({ kind, value: v } as EntityChange);
  }
  if (Array.isArray(raw.positions)) {
    for (const p of raw.positions) {
      const n = normaliseChange({ kind: 'position', ...(p as Raw) });
      if (n) changes.push(n);
    }
  }
  const batch: ChangeBatch = { sequence: raw.sequence, changes };
  const prev = raw.previousSequence ?? raw.fromSequence;
  if (typeof prev === 'number') batch.previousSequence = prev;
  return batch;
}
