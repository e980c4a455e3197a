import { ApiError, type ApiClient } from '../api/http';
import type { Facility, FacilityStatus, Incident } from '../api/types';
import type { Capabilities } from '../auth/capabilities';
import { precedenceLabel, precedenceLetter } from '../format/countdown';
import { localTitle, zuluTime } from '../format/time';
import { isOpenIncident, shortId, type OpsStore, type Topic } from '../state/store';
import { h, timeEl } from '../ui/dom';
import { facilityStatusStyle } from '../ui/palette';
import type { WorkspaceView } from '../ui/workspace';

const STATUSES: FacilityStatus[] = ['open', 'limited', 'diverting', 'closed'];

export interface Inbound {
  incident: Incident;
  patients: number;
  surgical: boolean;
}

/** Casualties heading to each facility: tasked, still-open incidents whose tasking names it. */
export function inboundByFacility(incidents: Iterable<Incident>): Map<string, Inbound[]> {
  const out = new Map<string, Inbound[]>();
  for (const i of incidents) {
    if (!i.tasking || !isOpenIncident(i)) continue;
    const list = out.get(i.tasking.facilityId) ?? [];
    list.push({ incident: i, patients: i.patients ?? 1, surgical: precedenceLetter(i.precedence) === 'B' });
    out.set(i.tasking.facilityId, list);
  }
  return out;
}

const LEVEL_RANK: Record<string, number> = { III: 0, II: 1, 'I+': 2, I: 3 };

/**
 * The board's order: facilities receiving casualties first (most inbound patients on top), then by level (the
 * hospitals a coordinator juggles before the camp clinics), then by name; stable so cards do not jump around.
 */
export function boardOrder(facilities: Iterable<Facility>, inbound: ReadonlyMap<string, readonly Inbound[]>): Facility[] {
  const patients = (f: Facility): number => (inbound.get(f.id) ?? []).reduce((n, x) => n + x.patients, 0);
  return [...facilities].sort(
    (a, b) => patients(b) - patients(a) || (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9) || a.name.localeCompare(b.name),
  );
}

/** A facility is about to be overwhelmed when inbound casualties exceed its beds, or surgical cases its tables. */
export function overwhelmed(f: Facility, inbound: readonly Inbound[]): string | null {
  const patients = inbound.reduce((n, x) => n + x.patients, 0);
  const surgical = inbound.filter((x) => x.surgical).reduce((n, x) => n + x.patients, 0);
  if (patients > f.availableBeds) return `${patients} inbound for ${f.availableBeds} bed${f.availableBeds === 1 ? '' : 's'}`;
  if (surgical > f.availableOperatingTables) return `${surgical} surgical inbound for ${f.availableOperatingTables} operating table${f.availableOperatingTables === 1 ? '' : 's'}`;
  return null;
}

/** Medical coordinator's workspace: the facility board, editable in place, with inbound casualties and alerts. */
export class MedicalWorkspace implements WorkspaceView {
  readonly name = 'medical';
  readonly panel: HTMLElement;
  private readonly board = h('div', { class: 'board', 'data-testid': 'facility-board' });
  private editing: string | null = null;

  constructor(
    private readonly api: ApiClient,
    private readonly store: OpsStore,
    private readonly caps: Capabilities,
  ) {
    this.panel = h('div', { class: 'panel-content medical', 'data-workspace': 'medical' }, h('h2', { text: 'Facility board' }), this.board);
  }

  render(dirty: ReadonlySet<Topic>): void {
    // Never rebuild under the user's cursor: a row being edited keeps its inputs.
    if (dirty.has('facilities') || dirty.has('incidents')) this.renderBoard();
  }

  private renderBoard(): void {
    const inbound = inboundByFacility(this.store.incidents.values());
    const facilities = boardOrder(this.store.facilities.values(), inbound);
    const keep = this.editing ? this.board.querySelector<HTMLElement>(`[data-facility-id="${this.editing}"]`) : null;
    const cards = facilities.map((f) => (keep && f.id === this.editing ? keep : this.card(f, inbound.get(f.id) ?? [])));
    this.board.replaceChildren(...cards);
  }

  private card(f: Facility, inbound: Inbound[]): HTMLElement {
    const style = facilityStatusStyle(f.status);
    const warn = overwhelmed(f, inbound);
    const statusSelect = h('select', { name: 'status', 'aria-label': `Status of ${f.name}`, disabled: !this.caps.editFacilities });
    for (const s of STATUSES) statusSelect.append(h('option', { value: s, text: s, selected: s === f.status }));
    const beds = h('input', { name: 'availableBeds', type: 'number', min: 0, value: f.availableBeds, disabled: !this.caps.editFacilities, 'aria-label': 'Available beds' });
    const tables = h('input', { name: 'availableOperatingTables', type: 'number', min: 0, value: f.availableOperatingTables, disabled: !this.caps.editFacilities, 'aria-label': 'Available operating tables' });
    const note = h('input', { name: 'note', value: f.note ?? '', placeholder: 'note', disabled: !this.caps.editFacilities, 'aria-label': 'Note' });
    const save = this.caps.editFacilities ? h('button', { type: 'submit', class: 'primary', text: 'Save' }) : null;
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const form = h(
      'form',
      { class: `fac-card status-${f.status}`, 'data-facility-id': f.id, 'data-status': f.status, 'data-testid': 'facility-card' },
      h('div', { class: 'fac-head' }, h('b', { text: f.name }), h('span', { class: 'level', text: `Level ${f.level}` }), h('span', { class: `status-tag`, style: `--c:${style.colour}`, 'data-testid': 'facility-status', text: style.tag })),
      warn ? h('p', { class: 'overwhelmed', role: 'alert', 'data-testid': 'overwhelmed' }, h('b', { text: '▲ About to be overwhelmed: ' }), warn) : null,
      h('div', { class: 'fac-fields' }, h('label', {}, 'Status ', statusSelect), h('label', {}, 'Beds ', beds), h('label', {}, 'OR tables ', tables), note, save),
      error,
      inbound.length
        ? h(
            'table',
            { class: 'inbound' },
            h('caption', { text: `Inbound: ${inbound.reduce((n, x) => n + x.patients, 0)} casualties` }),
            ...inbound.map((x) =>
              h(
                'tr',
                {},
                h('td', { text: shortId(x.incident.id) }),
                h('td', { text: precedenceLabel(x.incident.precedence) }),
                h('td', { text: `${x.patients} pax` }),
                h('td', {}, 'ETA ', x.incident.tasking?.facilityEta ? timeEl(x.incident.tasking.facilityEta, zuluTime, localTitle) : '—'),
              ),
            ),
          )
        : h('p', { class: 'muted', text: 'No casualties inbound.' }),
    );
    form.addEventListener('focusin', () => (this.editing = f.id));
    form.addEventListener('focusout', (e) => {
      if (!form.contains(e.relatedTarget as Node | null)) this.editing = null;
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save(f, form, { status: statusSelect.value as FacilityStatus, beds: Number(beds.value), tables: Number(tables.value), note: note.value }, error);
    });
    return form;
  }

  private async save(f: Facility, form: HTMLElement, v: { status: FacilityStatus; beds: number; tables: number; note: string }, error: HTMLElement): Promise<void> {
    error.hidden = true;
    if (!Number.isInteger(v.beds) || v.beds < 0 || !Number.isInteger(v.tables) || v.tables < 0) {
      error.textContent = 'Beds and operating tables are whole numbers, 0 or more.';
      error.hidden = false;
      return;
    }
    try {
      await this.api.setFacilityStatus(f.id, { status: v.status, availableBeds: v.beds, availableOperatingTables: v.tables, note: v.note });
      this.editing = null;
      (document.activeElement as HTMLElement | null)?.blur();
      this.store.apply([{ kind: 'facility', value: { ...f, status: v.status, availableBeds: v.beds, availableOperatingTables: v.tables, note: v.note } }]);
    } catch (e) {
      const fields = e instanceof ApiError ? Object.entries(e.fieldErrors()).map(([k, m]) => `${k}: ${m}`).join('; ') : '';
      error.textContent = `Not saved: ${fields || (e instanceof Error ? e.message : 'error')}`;
      error.hidden = false;
      form.querySelector<HTMLElement>('select')?.focus();
    }
  }

  tick(): void {}

  shown(): void {
    this.renderBoard();
  }

  hidden(): void {}
}
