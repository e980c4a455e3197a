import type { Incident } from '../api/types';
import {
  clockLevel,
  clockSymbol,
  precedenceLabel,
  precedenceLetter,
  RESUSCITATION_WINDOW_MS,
  SURGERY_WINDOW_MS,
  urgencyCompare,
} from '../format/countdown';
import { formatDuration, localTitle, zuluTime } from '../format/time';
import { isOpenIncident, shortId, type OpsStore } from '../state/store';
import { h } from '../ui/dom';
import { KeyedElements, placeChildren } from '../ui/keyedElements';
import { precedenceStyle } from '../ui/palette';
import { incidentStatusLabel } from '../format/incidentStatus';

interface Row {
  el: HTMLElement;
  clocks: Array<{ el: HTMLElement; due: number; window: number; met: () => boolean }>;
}

/**
 * Open incidents, most urgent first, with the 1 h and 2 h clocks counting down live.
 * The list is rebuilt only when incidents change; the once-a-second tick only rewrites clock text.
 */
export class IncidentQueue {
  readonly el = h('ol', { class: 'queue', 'data-testid': 'incident-queue', 'aria-label': 'Incident queue' });
  private rows: Row[] = [];
  private readonly drawn = new KeyedElements<Row>();
  private readonly empty = h('li', { class: 'empty', text: 'No open incidents.' });
  order: string[] = [];

  constructor(
    private readonly store: OpsStore,
    private readonly onSelect: (id: string) => void,
  ) {}

  render(selectedId: string | null, nowMs: number): void {
    const open = [...this.store.incidents.values()].filter(isOpenIncident).sort((a, b) => urgencyCompare(a, b, nowMs));
    this.order = open.map((i) => i.id);
    // A row whose incident and selection are unchanged keeps its element: rebuilding every row on any incident's
    // change lost clicks that straddled the rebuild and the keyboard focus of the row being read.
    this.rows = this.drawn.draw(
      open,
      (i) => i.id,
      (i) => JSON.stringify([i, i.id === selectedId, i.tasking ? this.store.aircraft.get(i.tasking.aircraftId)?.callsign : null]),
      (i) => this.row(i, i.id === selectedId),
    );
    placeChildren<Element>(this.el, this.rows.length ? this.rows.map((r) => r.el) : [this.empty]);
    this.tick(nowMs);
  }

  private row(i: Incident, selected: boolean): Row {
    const letter = precedenceLetter(i.precedence);
    const style = precedenceStyle(letter);
    const tasked = i.tasking ? this.store.aircraft.get(i.tasking.aircraftId)?.callsign ?? i.tasking.aircraftId : null;
    const resus = h('span', { class: 'clock', title: `1 h clock (resuscitation) due ${zuluTime(i.clocks.resuscitationDueAt)} — ${localTitle(i.clocks.resuscitationDueAt)}` });
    const surgery = h('span', { class: 'clock', title: `2 h clock (surgery) due ${zuluTime(i.clocks.surgeryDueAt)} — ${localTitle(i.clocks.surgeryDueAt)}` });
    const li = h(
      'li',
      { class: `queue-item${selected ? ' selected' : ''}`, tabindex: 0, 'data-incident-id': i.id, 'data-testid': 'queue-item', 'aria-selected': selected },
      h('span', { class: `prec inc-shape inc-${style.shape}`, style: `--c:${style.colour}`, title: precedenceLabel(i.precedence) }, h('i', { text: letter })),
      h(
        'span',
        { class: 'queue-main' },
        h('strong', { text: `${shortId(i.id)} · ${precedenceLabel(i.precedence)}` }),
        h('small', { text: `${i.pickup?.mgrs ?? ''} · ${incidentStatusLabel(i.status)}${tasked ? ` · ${tasked}` : ''}` }),
      ),
      h('span', { class: 'clocks' }, h('small', { text: '1h' }), resus, h('small', { text: '2h' }), surgery),
    );
    li.addEventListener('click', () => this.onSelect(i.id));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') this.onSelect(i.id);
    });
    // A clock counts as met once the casualty is delivered to the right level; the server says so in its status.
    const delivered = (): boolean => /deliver|complete|closed/i.test(i.status);
    return {
      el: li,
      clocks: [
        { el: resus, due: new Date(i.clocks.resuscitationDueAt).getTime(), window: RESUSCITATION_WINDOW_MS, met: delivered },
        { el: surgery, due: new Date(i.clocks.surgeryDueAt).getTime(), window: SURGERY_WINDOW_MS, met: delivered },
      ],
    };
  }

  tick(nowMs: number): void {
    for (const r of this.rows) {
      for (const c of r.clocks) {
        const level = clockLevel(c.due, c.window, nowMs, c.met());
        const text = `${clockSymbol[level]} ${formatDuration(c.due - nowMs)}`;
        if (c.el.textContent !== text) c.el.textContent = text;
        const cls = `clock clock-${level}`;
        if (c.el.className !== cls) c.el.className = cls;
      }
    }
  }
}
