import type { ApiClient } from '../api/http';
import type { Capabilities } from '../auth/capabilities';
import type { OpsMap } from '../map/opsMap';
import type { OpsStore, Topic } from '../state/store';
import { h } from '../ui/dom';
import type { WorkspaceView } from '../ui/workspace';
import { zuluTime } from '../format/time';
import { NineLineForm } from './nineLineForm';
import { OptionsPanel } from './optionsPanel';
import { IncidentQueue } from './queue';

/** Duty officer's workspace: re-plan alerts, the incident queue, the 9-line form, options and approval. */
export class OperationsWorkspace implements WorkspaceView {
  readonly name = 'operations';
  readonly panel: HTMLElement;
  readonly queue: IncidentQueue;
  readonly options: OptionsPanel;
  readonly form: NineLineForm;
  private readonly alerts = h('ul', { class: 'alerts', 'data-testid': 'alerts', 'aria-live': 'polite' });
  selected: string | null = null;

  constructor(
    api: ApiClient,
    private readonly store: OpsStore,
    private readonly map: OpsMap,
    private readonly caps: Capabilities,
  ) {
    this.queue = new IncidentQueue(store, (id) => this.select(id));
    this.options = new OptionsPanel(api, store, caps.approveTasking, (o) => map.showRoute(o));
    this.form = new NineLineForm(api, (id) => this.select(id));
    const newButton = caps.createIncident ? h('button', { type: 'button', class: 'primary', 'data-testid': 'new-nine-line', text: 'New 9-line (n)' }) : null;
    newButton?.addEventListener('click', () => this.form.open());
    this.panel = h(
      'div',
      { class: 'panel-content ops', 'data-workspace': 'operations' },
      this.alerts,
      h('div', { class: 'panel-head' }, h('h2', { text: 'Incident queue' }), newButton),
      this.queue.el,
      this.options.el,
    );
    void this.options.load(null);
  }

  select(id: string | null): void {
    if (id && id === this.selected) return;
    this.selected = id;
    this.map.select(id);
    this.queue.render(id, Date.now());
    void this.options.load(id);
  }

  /** j / k: move through the queue in urgency order. */
  step(delta: number): void {
    const order = this.queue.order;
    if (!order.length) return;
    const at = this.selected ? order.indexOf(this.selected) : -1;
    const next = order[(at + delta + order.length) % order.length] ?? null;
    this.select(next);
    this.queue.el.querySelector<HTMLElement>(`[data-incident-id="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  render(dirty: ReadonlySet<Topic>): void {
    if (dirty.has('incidents') || dirty.has('aircraft') && this.queue.order.length === 0) this.queue.render(this.selected, Date.now());
    if (dirty.has('incidents')) this.options.incidentsChanged();
    if (dirty.has('alerts')) this.renderAlerts();
    if (dirty.has('options') && this.selected && this.store.optionsUpdated.has(this.selected)) void this.options.load(this.selected);
  }

  private renderAlerts(): void {
    this.alerts.replaceChildren(
      ...this.store.alerts.slice(0, 5).map((a) => {
        const dismiss = h('button', { type: 'button', class: 'link', text: 'Dismiss', 'aria-label': 'Dismiss alert' });
        dismiss.addEventListener('click', () => this.store.dismissAlert(a.id));
        const open = a.incidentId ? h('button', { type: 'button', class: 'link', text: 'Re-plan' }) : null;
        open?.addEventListener('click', () => {
          this.selected = null;
          this.select(a.incidentId ?? null);
        });
        return h('li', { class: 'alert' }, h('b', { text: '▲ ' }), h('span', { text: `${zuluTime(a.at)} ${a.message}` }), open, dismiss);
      }),
    );
  }

  tick(nowMs: number): void {
    this.queue.tick(nowMs);
  }

  shown(): void {
    this.queue.render(this.selected, Date.now());
    this.renderAlerts();
  }

  hidden(): void {
    this.map.showRoute(null);
  }

  get canCreate(): boolean {
    return this.caps.createIncident;
  }
}
