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
  replanFlagged?: boolean;
  /** The server's word on whether the incident is still open (preferred over reading the status). */
  open?: boolean;
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
  epoch?: string;
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
  callsign?: string;
  facilityName?: string;
}

/** Options as the API writes them; a route given as points (grain DTO) becomes a GeoJSON LineString. */
export function toTaskingOption(raw: unknown): TaskingOption {
  const r = (isObject(raw) ? raw : {}) as unknown as TaskingOption & { route: unknown };
  const route = Array.isArray(r.route)
    ? ({ type: 'LineString', coordinates: (r.route as LatLon[]).map((p) => [p.lon, p.lat]) } as LineString)
    : (r.route as LineString);
  return { ...r, route, legs: r.legs ?? [], violations: (r.violations ?? []).map((v) => ({ ...v, severity: String(v.severity).toLowerCase() as Violation['severity'] })) };
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
  | { kind: 'landingSite'; value: LandingSite }
  | { kind: 'optionsUpdated'; incidentId: string }
  | { kind: 'removed'; entity: 'aircraft' | 'facility' | 'incident' | 'airspace'; id: string }
  | { kind: 'alert'; incidentId?: string; message: string };

/** A `changes` batch after normalisation. */
export interface ChangeBatch {
  sequence: number;
  /** The sequence the batch follows, when the server says so; otherwise a gap is `sequence > last + 1`. */
  previousSequence?: number;
  /** Changes when the server's picture restarted: a different epoch always means a resync. */
  epoch?: string;
  changes: EntityChange[];
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null;
const str = (v: unknown, fallback = ''): string => (v === undefined || v === null ? fallback : String(v));
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' ? v : fallback);

// Adapters: each accepts the flat contract shape (CONTRACT.md) and the grains' nested snapshot shape
// ({profile:{...}, status, ...}), so the UI keeps working whichever the hub relays.

export function toAircraft(raw: unknown): Aircraft {
  const r = isObject(raw) ? raw : {};
  const p = isObject(r.profile) ? r.profile : r;
  return {
    id: str(p.id ?? r.id),
    callsign: str(p.callsign ?? r.callsign, str(p.id ?? r.id)),
    type: str(p.type ?? r.type),
    status: str(r.status, 'unknown'),
    baseId: str(p.baseId ?? r.baseId),
    nvgCapable: Boolean(p.nvgCapable ?? r.nvgCapable),
    litters: num(p.litters ?? r.litters),
    position: isObject(r.position) ? (r.position as unknown as AircraftPosition) : null,
  };
}

export function toFacility(raw: unknown): Facility {
  const r = isObject(raw) ? raw : {};
  const p = isObject(r.profile) ? r.profile : r;
  const f: Facility = {
    id: str(p.id ?? r.id),
    name: str(p.name ?? r.name),
    level: str(p.level ?? r.level, 'I') as FacilityLevel,
    status: str(r.status, 'open').toLowerCase() as FacilityStatus,
    position: (isObject(p.position) ? p.position : r.position) as LatLon,
    availableBeds: num(r.availableBeds),
    availableOperatingTables: num(r.availableOperatingTables),
  };
  if (r.note !== undefined) f.note = r.note === null ? null : str(r.note);
  return f;
}

export function toIncident(raw: unknown): Incident {
  const r = isObject(raw) ? raw : {};
  const pickup = (isObject(r.pickup) ? { ...r.pickup } : { lat: 0, lon: 0 }) as Incident['pickup'];
  if (typeof r.pickupMgrs === 'string') pickup.mgrs = r.pickupMgrs;
  const tasking = isObject(r.tasking)
    ? (r.tasking as unknown as Tasking)
    : typeof r.aircraftId === 'string' && r.aircraftId
      ? { aircraftId: r.aircraftId, facilityId: str(r.facilityId), facilityEta: typeof r.facilityEta === 'string' ? r.facilityEta : null }
      : null;
  const i: Incident = {
    id: str(r.id),
    status: str(r.status, 'reported'),
    precedence: str(r.precedence, '?'),
    pickup,
    injuredAt: str(r.injuredAt),
    clocks: (isObject(r.clocks) ? r.clocks : { resuscitationDueAt: '', surgeryDueAt: '' }) as unknown as IncidentClocks,
    tasking,
  };
  if (typeof r.patients === 'number') i.patients = r.patients;
  if (r.replanFlagged === true) i.replanFlagged = true;
  if (typeof r.open === 'boolean') i.open = r.open;
  if (Array.isArray(r.timeline)) i.timeline = r.timeline as IncidentEvent[];
  return i;
}

export function toAirspace(raw: unknown, now = Date.now()): Airspace {
  const r = isObject(raw) ? raw : {};
  let geometry = r.geometry as Geometry | undefined;
  if (!geometry && Array.isArray(r.rings)) {
    geometry = { type: 'Polygon', coordinates: (r.rings as Array<Array<LatLon>>).map((ring) => ring.map((pt) => [pt.lon, pt.lat])) };
  }
  const from = r.activeFrom ? new Date(str(r.activeFrom)).getTime() : -Infinity;
  const to = r.activeTo ? new Date(str(r.activeTo)).getTime() : Infinity;
  return {
    id: str(r.id),
    name: str(r.name),
    kind: str(r.kind, 'danger').toLowerCase() as AirspaceKind,
    geometry: geometry ?? { type: 'Polygon', coordinates: [] },
    floorFt: num(r.floorFt),
    ceilingFt: num(r.ceilingFt),
    active: typeof r.active === 'boolean' ? r.active : now >= from && now < to,
  };
}

export function toLandingSite(raw: unknown): LandingSite {
  const r = isObject(raw) ? raw : {};
  return { id: str(r.id), name: str(r.name), position: r.position as LatLon, nightCapable: Boolean(r.nightCapable) };
}

export function normalisePicture(raw: unknown): Picture {
  const r = isObject(raw) ? raw : {};
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const p: Picture = {
    asOf: str(r.asOf, new Date().toISOString()),
    sequence: num(r.sequence ?? r.toSequence),
    aircraft: list(r.aircraft).map(toAircraft),
    facilities: list(r.facilities).map(toFacility),
    incidents: list(r.incidents).map(toIncident),
    airspace: list(r.airspace ?? r.airspaceZones ?? r.zones).map((z) => toAirspace(z)),
    landingSites: list(r.landingSites).map(toLandingSite),
  };
  if (typeof r.epoch === 'string') p.epoch = r.epoch;
  return p;
}

/** Maps one raw change (the hub's `kind`-tagged changes, or looser envelopes) to an EntityChange, or null if unknown. */
export function normaliseChange(raw: unknown): EntityChange | null {
  if (!isObject(raw)) return null;
  const kind = str(raw.kind ?? raw.type ?? raw.$type);
  switch (kind) {
    case 'aircraftMoved':
      return { kind: 'aircraftPosition', id: str(raw.aircraftId), position: raw.position as AircraftPosition };
    case 'aircraftChanged':
      return { kind: 'aircraft', value: toAircraft(raw.aircraft) };
    case 'facilityChanged':
      return { kind: 'facility', value: toFacility(raw.facility) };
    case 'incidentCreated':
    case 'incidentUpdated':
      return { kind: 'incident', value: toIncident(raw.incident) };
    case 'incidentOptionsUpdated':
      return { kind: 'optionsUpdated', incidentId: str(raw.incidentId) };
    case 'replanFlagged':
      return { kind: 'alert', incidentId: str(raw.incidentId), message: `Re-plan: ${str(raw.reason, 'the chosen option is affected')}` };
    case 'airspaceZoneChanged':
      return { kind: 'airspace', value: toAirspace(raw.zone) };
    case 'airspaceZoneRemoved':
      return { kind: 'removed', entity: 'airspace', id: str(raw.zoneId) };
    case 'landingSiteChanged':
      return { kind: 'landingSite', value: toLandingSite(raw.site) };
    case 'missionSettingsChanged':
      return null;
  }
  // Looser envelopes: {kind|type: "...", data|value|payload: {...}}.
  const k = kind.toLowerCase();
  const body = (isObject(raw.value) ? raw.value : isObject(raw.data) ? raw.data : isObject(raw.payload) ? raw.payload : raw) as Raw;
  if (raw.removed === true || k.endsWith('removed') || k.endsWith('deleted')) {
    const entity = (['aircraft', 'facility', 'incident', 'airspace'] as const).find((e) => k.startsWith(e));
    if (entity) return { kind: 'removed', entity, id: str(body.id ?? raw.id) };
  }
  if (k.includes('position') || k.includes('moved')) {
    const id = str(body.aircraftId ?? body.id ?? raw.id);
    const position = (isObject(body.position) ? body.position : body) as unknown as AircraftPosition;
    return typeof body.status === 'string' ? { kind: 'aircraftPosition', id, position, status: body.status } : { kind: 'aircraftPosition', id, position };
  }
  if (k.startsWith('aircraft')) return { kind: 'aircraft', value: toAircraft(body) };
  if (k.startsWith('facilit')) return { kind: 'facility', value: toFacility(body) };
  if (k.startsWith('incident')) return { kind: 'incident', value: toIncident(body) };
  if (k.startsWith('airspace')) return { kind: 'airspace', value: toAirspace(body) };
  if (k.includes('alert') || k.includes('replan')) {
    const message = str(body.message ?? body.reason, 'Re-plan needed');
    return body.incidentId === undefined ? { kind: 'alert', message } : { kind: 'alert', incidentId: str(body.incidentId), message };
  }
  return null;
}

/** Accepts the hub's `{epoch, fromSequence, toSequence, changes}` or `{sequence, changes}` / entity lists. */
export function normaliseBatch(raw: unknown): ChangeBatch | null {
  if (!isObject(raw)) return null;
  const sequence = typeof raw.toSequence === 'number' ? raw.toSequence : raw.sequence;
  if (typeof sequence !== 'number') return null;
  const changes: EntityChange[] = [];
  if (Array.isArray(raw.changes)) {
    for (const c of raw.changes) {
      const n = normaliseChange(c);
      if (n) changes.push(n);
    }
  }
  const lists: Array<[string, (v: unknown) => EntityChange]> = [
    ['aircraft', (v) => ({ kind: 'aircraft', value: toAircraft(v) })],
    ['facilities', (v) => ({ kind: 'facility', value: toFacility(v) })],
    ['incidents', (v) => ({ kind: 'incident', value: toIncident(v) })],
    ['airspace', (v) => ({ kind: 'airspace', value: toAirspace(v) })],
  ];
  for (const [key, make] of lists) {
    const list = raw[key];
    if (Array.isArray(list)) for (const v of list) changes.push(make(v));
  }
  const batch: ChangeBatch = { sequence, changes };
  if (typeof raw.fromSequence === 'number') batch.previousSequence = raw.fromSequence - 1;
  else if (typeof raw.previousSequence === 'number') batch.previousSequence = raw.previousSequence;
  if (typeof raw.epoch === 'string') batch.epoch = raw.epoch;
  return batch;
}
