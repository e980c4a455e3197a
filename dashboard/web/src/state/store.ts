import type {
  Aircraft,
  AircraftPosition,
  Airspace,
  EntityChange,
  Facility,
  Incident,
  LandingSite,
  LatLon,
  Picture,
} from '../api/types';

export type Topic = 'aircraft' | 'facilities' | 'incidents' | 'airspace' | 'landingSites' | 'alerts' | 'connection';

export interface Alert {
  id: number;
  at: string;
  incidentId?: string;
  message: string;
}

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'replay';

/** How many past positions each aircraft keeps for its trail. */
export const TRAIL_LENGTH = 20;

/**
 * The operations picture held by the browser. Changes mark topics dirty; views read the store on the
 * next animation frame (see FrameScheduler), so a burst of 500 position updates costs one render.
 */
export class OpsStore {
  readonly aircraft = new Map<string, Aircraft>();
  readonly facilities = new Map<string, Facility>();
  readonly incidents = new Map<string, Incident>();
  readonly airspace = new Map<string, Airspace>();
  readonly landingSites = new Map<string, LandingSite>();
  readonly trails = new Map<string, LatLon[]>();
  /** Aircraft whose position changed since the map last drew them. */
  readonly movedAircraft = new Set<string>();
  alerts: Alert[] = [];
  asOf = '';
  connection: ConnectionState = 'connecting';

  private readonly dirty = new Set<Topic>();
  private readonly listeners = new Set<(dirty: ReadonlySet<Topic>) => void>();
  private nextAlertId = 1;
  private onDirty: () => void = () => {};

  /** The scheduler hook: called (cheaply, possibly many times) whenever something becomes dirty. */
  setDirtyHook(hook: () => void): void {
    this.onDirty = hook;
  }

  subscribe(listener: (dirty: ReadonlySet<Topic>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers the accumulated dirty topics to every listener once, then clears them. */
  flush(): void {
    if (this.dirty.size === 0) return;
    const snapshot = new Set(this.dirty);
    this.dirty.clear();
    for (const l of this.listeners) l(snapshot);
    this.movedAircraft.clear();
  }

  isDirty(): boolean {
    return this.dirty.size > 0;
  }

  private mark(topic: Topic): void {
    this.dirty.add(topic);
    this.onDirty();
  }

  setConnection(state: ConnectionState): void {
    if (this.connection === state) return;
    this.connection = state;
    this.mark('connection');
  }

  loadPicture(picture: Picture): void {
    this.asOf = picture.asOf;
    replace(this.aircraft, picture.aircraft);
    replace(this.facilities, picture.facilities);
    replace(this.incidents, picture.incidents);
    replace(this.airspace, picture.airspace);
    replace(this.landingSites, picture.landingSites ?? []);
    for (const id of [...this.trails.keys()]) if (!this.aircraft.has(id)) this.trails.delete(id);
    for (const a of picture.aircraft) {
      if (a.position) this.pushTrail(a.id, a.position);
      this.movedAircraft.add(a.id);
    }
    for (const t of ['aircraft', 'facilities', 'incidents', 'airspace', 'landingSites'] as const) this.mark(t);
  }

  apply(changes: readonly EntityChange[]): void {
    for (const c of changes) this.applyOne(c);
  }

  private applyOne(c: EntityChange): void {
    switch (c.kind) {
      case 'aircraft': {
        const before = this.aircraft.get(c.value.id);
        this.aircraft.set(c.value.id, c.value);
        if (c.value.position && !samePosition(before?.position ?? null, c.value.position)) {
          this.pushTrail(c.value.id, c.value.position);
        }
        this.movedAircraft.add(c.value.id);
        this.mark('aircraft');
        break;
      }
      case 'aircraftPosition': {
        const a = this.aircraft.get(c.id);
        if (!a) return;
        const next: Aircraft = { ...a, position: c.position };
        if (c.status) next.status = c.status;
        this.aircraft.set(c.id, next);
        this.pushTrail(c.id, c.position);
        this.movedAircraft.add(c.id);
        this.mark('aircraft');
        break;
      }
      case 'facility': {
        const before = this.facilities.get(c.value.id);
        this.facilities.set(c.value.id, c.value);
        if (before && before.status !== c.value.status && (c.value.status === 'diverting' || c.value.status === 'closed')) {
          for (const i of this.incidents.values()) {
            if (i.tasking?.facilityId === c.value.id && isOpenIncident(i)) {
              this.raise(`${c.value.name} is now ${c.value.status}: re-plan incident ${shortId(i.id)}`, i.id);
            }
          }
        }
        this.mark('facilities');
        break;
      }
      case 'incident':
        this.incidents.set(c.value.id, { ...this.incidents.get(c.value.id), ...c.value });
        this.mark('incidents');
        break;
      case 'airspace': {
        const before = this.airspace.get(c.value.id);
        this.airspace.set(c.value.id, c.value);
        if (c.value.active && !before?.active && c.value.kind !== 'danger') {
          const tasked = [...this.incidents.values()].filter((i) => i.tasking && isOpenIncident(i));
          for (const i of tasked) this.raise(`Airspace ${c.value.name} (${c.value.kind}) is now active: check incident ${shortId(i.id)}`, i.id);
        }
        this.mark('airspace');
        break;
      }
      case 'removed': {
        const map = { aircraft: this.aircraft, facility: this.facilities, incident: this.incidents, airspace: this.airspace }[c.entity];
        map.delete(c.id);
        if (c.entity === 'aircraft') this.trails.delete(c.id);
        this.mark(c.entity === 'facility' ? 'facilities' : c.entity === 'incident' ? 'incidents' : c.entity);
        break;
      }
      case 'alert':
        this.raise(c.message, c.incidentId);
        break;
    }
  }

  raise(message: string, incidentId?: string): void {
    const alert: Alert = { id: this.nextAlertId++, at: new Date().toISOString(), message };
    if (incidentId !== undefined) alert.incidentId = incidentId;
    this.alerts = [alert, ...this.alerts].slice(0, 50);
    this.mark('alerts');
  }

  dismissAlert(id: number): void {
    this.alerts = this.alerts.filter((a) => a.id !== id);
    this.mark('alerts');
  }

  private pushTrail(id: string, p: AircraftPosition): void {
    const trail = this.trails.get(id) ?? [];
    const last = trail[trail.length - 1];
    if (last && last.lat === p.lat && last.lon === p.lon) return;
    trail.push({ lat: p.lat, lon: p.lon });
    if (trail.length > TRAIL_LENGTH) trail.splice(0, trail.length - TRAIL_LENGTH);
    this.trails.set(id, trail);
  }
}

function replace<T extends { id: string }>(map: Map<string, T>, list: readonly T[]): void {
  map.clear();
  for (const item of list) map.set(item.id, item);
}

function samePosition(a: AircraftPosition | null, b: AircraftPosition): boolean {
  return a !== null && a.lat === b.lat && a.lon === b.lon;
}

const closedStatuses = new Set(['closed', 'completed', 'cancelled', 'canceled', 'delivered', 'resolved']);

export function isOpenIncident(i: Incident): boolean {
  return !closedStatuses.has(i.status.toLowerCase());
}

export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}
