import { ApiError, type ApiClient } from '../api/http';
import type { Incident, TaskingOption } from '../api/types';
import { localTitle, relativeMinutes, zuluTime } from '../format/time';
import type { OpsStore } from '../state/store';
import { h, timeEl } from '../ui/dom';
import { KeyedElements, placeChildren } from '../ui/keyedElements';

/**
 * The ranked tasking options for the selected incident: ETAs, whether each meets the 1 h and 2 h clocks,
 * and violations in plain words. Hover draws the route; approve tasks it; an option with blocking
 * violations can only be chosen with a written override reason (it is recorded in the event log).
 */
export class OptionsPanel {
  readonly el = h('section', { class: 'options', 'data-testid': 'options', 'aria-label': 'Tasking options' });
  options: TaskingOption[] = [];
  private incidentId: string | null = null;
  private loadToken = 0;
  private renderedIncident: Incident | undefined;
  private readonly list = h('ol', { class: 'option-list' });
  private readonly cards = new KeyedElements<HTMLElement>();

  constructor(
    private readonly api: ApiClient,
    private readonly store: OpsStore,
    private readonly canApprove: boolean,
    private readonly hover: (o: TaskingOption | null) => void,
  ) {}

  async load(incidentId: string | null): Promise<void> {
    // Options are re-planned as aircraft move: a refresh of the incident on screen keeps the current list until the
    // new one arrives, so the approve button does not vanish under the duty officer's pointer.
    const refresh = incidentId !== null && incidentId === this.incidentId && this.options.length > 0;
    this.incidentId = incidentId;
    const token = ++this.loadToken;
    if (!refresh) {
      this.options = [];
      this.cards.clear();
      this.hover(null);
    }
    if (!incidentId) {
      this.el.replaceChildren(h('p', { class: 'muted', text: 'Select an incident (j / k, or click) to see its options.' }));
      return;
    }
    if (!refresh) this.el.replaceChildren(h('p', { class: 'muted', text: 'Computing options…' }));
    try {
      const options = await this.api.options(incidentId);
      if (token !== this.loadToken) return;
      // Unchanged options leave the panel alone: no flicker, no lost hover or focus.
      if (refresh && JSON.stringify(options) === JSON.stringify(this.options)) return;
      this.options = options;
      this.render();
    } catch (e) {
      if (token !== this.loadToken) return;
      this.el.replaceChildren(h('p', { class: 'form-error', text: `Options unavailable: ${e instanceof Error ? e.message : 'error'}` }));
    }
  }

  /** Redraws only when the shown incident itself changed: any incident change used to rebuild every card here. */
  incidentsChanged(): void {
    if (!this.incidentId || !this.options.length) return;
    if (this.store.incidents.get(this.incidentId) !== this.renderedIncident) this.render();
  }

  render(): void {
    const incident = this.incidentId ? this.store.incidents.get(this.incidentId) : undefined;
    this.renderedIncident = incident;
    const header = h('h3', { text: `Options for ${this.incidentId?.slice(0, 8) ?? ''}` });
    if (incident?.tasking) {
      const ac = this.store.aircraft.get(incident.tasking.aircraftId);
      const fac = this.store.facilities.get(incident.tasking.facilityId);
      header.append(h('span', { class: 'tasked-badge', 'data-testid': 'tasked', text: ` Tasked: ${ac?.callsign ?? incident.tasking.aircraftId} → ${fac?.name ?? incident.tasking.facilityId}` }));
    }
    if (!this.options.length) {
      this.el.replaceChildren(header, h('p', { class: 'muted', text: 'No aircraft can be offered for this incident.' }));
      return;
    }
    const now = Date.now();
    // Only a reported, proposed or aborted incident can be tasked (the server refuses the rest): no dead buttons.
    const taskable = !incident || ['reported', 'optionsProposed', 'aborted'].includes(incident.status);
    const approvable = this.canApprove && taskable;
    // Live changes redraw this panel often (the incident's status, a refreshed list); a card whose content is
    // unchanged keeps its element, so a click on Approve in that instant still lands.
    const items = this.cards.draw(
      this.options.map((o) => ({ o, card: this.card(o, now, approvable) })),
      ({ o }) => `${o.aircraftId}|${o.facilityId}`,
      // What the card shows (its text: times to the minute, verdicts, violations, the button) and its route: a recompute
      // that only moved ETAs by seconds, as every refresh does, changes neither and keeps the card. (Not outerHTML: the
      // <time datetime> attributes carry the seconds.)
      ({ o, card }) => `${card.className}|${approvable}|${card.textContent}|${JSON.stringify(o.route)}`,
      ({ card }) => card,
    );
    const typing = this.typedReasons();
    placeChildren<Element>(this.list, items);
    // Swap only the header when the list is already in place: re-appending the list would detach its cards.
    const shown = this.el.children;
    if (shown.length === 2 && shown[1] === this.list) this.el.replaceChild(header, shown[0]!);
    else this.el.replaceChildren(header, this.list);
    this.restoreReasons(typing);
  }

  /** Override reasons being typed, by option, so a live re-render neither loses the text nor the caret. */
  private typedReasons(): { values: Map<string, string>; focused: string | null } {
    const values = new Map<string, string>();
    let focused: string | null = null;
    for (const input of this.el.querySelectorAll<HTMLInputElement>('input[name="overrideReason"]')) {
      const key = input.dataset.option ?? '';
      if (input.value) values.set(key, input.value);
      if (input === document.activeElement) focused = key;
    }
    return { values, focused };
  }

  private restoreReasons(typing: { values: Map<string, string>; focused: string | null }): void {
    for (const input of this.el.querySelectorAll<HTMLInputElement>('input[name="overrideReason"]')) {
      const key = input.dataset.option ?? '';
      input.value = typing.values.get(key) ?? '';
      if (key === typing.focused) input.focus();
    }
  }

  private card(o: TaskingOption, now: number, approvable: boolean): HTMLElement {
    const ac = this.store.aircraft.get(o.aircraftId);
    const fac = this.store.facilities.get(o.facilityId);
    const blocking = o.violations.filter((v) => v.severity === 'blocking');
    const warnings = o.violations.filter((v) => v.severity !== 'blocking');
    const meets = (ok: boolean, what: string): HTMLElement => h('span', { class: ok ? 'meets' : 'misses', text: `${ok ? '✓ meets' : '✗ misses'} ${what}` });
    const night = o.legs.some((l) => l.night);
    const li = h(
      'li',
      { class: `option${o.feasible ? '' : ' infeasible'}`, 'data-testid': 'option', 'data-rank': o.rank, 'data-aircraft-id': o.aircraftId, tabindex: 0 },
      h(
        'div',
        { class: 'option-head' },
        h('b', { class: 'rank', text: `#${o.rank}` }),
        h('span', { text: `${ac?.callsign ?? (o.callsign || o.aircraftId)} → ${fac ? `${fac.name} (L${fac.level})` : o.facilityName || o.facilityId}` }),
        h('span', { class: o.feasible ? 'feasible' : 'not-feasible', text: o.feasible ? 'feasible' : 'blocked' }),
      ),
      h(
        'div',
        { class: 'option-times' },
        h('span', {}, 'Pickup ', timeEl(o.pickupEta, zuluTime, localTitle), ` (${relativeMinutes(o.pickupEta, now)})`),
        h('span', {}, 'At facility ', timeEl(o.facilityEta, zuluTime, localTitle), ` (${relativeMinutes(o.facilityEta, now)})`),
      ),
      h('div', { class: 'option-clocks' }, meets(o.meetsResuscitation, '1 h clock'), meets(o.meetsSurgery, '2 h clock'), night ? h('span', { class: 'night', text: '☾ night leg' }) : null),
      blocking.length || warnings.length
        ? h('ul', { class: 'violations' }, ...[...blocking, ...warnings].map((v) => h('li', { class: v.severity, title: v.code }, h('b', { text: v.severity === 'blocking' ? '■ Blocks: ' : '▲ Warning: ' }), v.message)))
        : null,
    );
    li.addEventListener('mouseenter', () => this.hover(o));
    li.addEventListener('focus', () => this.hover(o));
    li.addEventListener('mouseleave', () => this.hover(null));
    if (approvable) li.append(this.actions(o, blocking.length > 0));
    return li;
  }

  private actions(o: TaskingOption, needsOverride: boolean): HTMLElement {
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const reason = h('input', { name: 'overrideReason', 'data-option': `${o.aircraftId}|${o.facilityId}`, placeholder: 'Reason for overriding the blocking rules (required)', hidden: !needsOverride });
    const button = h('button', {
      type: 'button',
      class: needsOverride ? 'warn' : 'primary',
      'data-testid': needsOverride ? 'override' : 'approve',
      text: needsOverride ? 'Override and task' : 'Approve',
    });
    button.addEventListener('click', () => void this.approve(o, needsOverride ? reason.value.trim() : undefined, needsOverride, button, error));
    return h('div', { class: 'option-actions' }, reason, button, error);
  }

  /** Approves the best option (keyboard `a`); blocked options still need the reason typed in. */
  approveBest(): void {
    const first = this.el.querySelector<HTMLButtonElement>('[data-testid="approve"]');
    first?.click();
  }

  private async approve(o: TaskingOption, reason: string | undefined, needsOverride: boolean, button: HTMLButtonElement, error: HTMLElement): Promise<void> {
    error.hidden = true;
    if (needsOverride && !reason) {
      error.textContent = 'An override needs a reason.';
      error.hidden = false;
      return;
    }
    if (!this.incidentId) return;
    button.disabled = true;
    try {
      await this.api.task(this.incidentId, o.aircraftId, o.facilityId, reason);
      const fresh = await this.api.incident(this.incidentId);
      this.store.apply([{ kind: 'incident', value: fresh }]);
      this.render();
    } catch (e) {
      error.textContent =
        e instanceof ApiError && e.status === 409
          ? `Not tasked: ${e.message} (the aircraft may no longer be available; options refreshed).`
          : `Not tasked: ${e instanceof Error ? e.message : 'error'}`;
      error.hidden = false;
      if (e instanceof ApiError && e.status === 409) void this.load(this.incidentId);
    } finally {
      button.disabled = false;
    }
  }
}
