import { ApiError, type ApiClient } from '../api/http';
import {
  EXAMPLE_NINE_LINE,
  LINE_NUMBERS,
  LINE_TITLES,
  lineOfField,
  parseNineLineText,
  toNineLineText,
  validateNineLine,
  type LineNumber,
  type NineLineText,
} from '../medevac/nineLine';
import { h } from '../ui/dom';

/**
 * The 9-line entry dialog: one field per line, or paste the whole request. Each line is checked as it is
 * typed and nothing is sent while a line is wrong; server problem details land on the line they name.
 */
export class NineLineForm {
  private overlay: HTMLElement | null = null;
  private inputs = new Map<LineNumber, HTMLInputElement>();
  private errors = new Map<LineNumber, HTMLElement>();
  private idempotencyKey = crypto.randomUUID();

  constructor(
    private readonly api: ApiClient,
    private readonly onCreated: (id: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.overlay !== null;
  }

  open(): void {
    if (this.overlay) return;
    this.idempotencyKey = crypto.randomUUID();
    const paste = h('textarea', { name: 'paste', rows: 4, placeholder: 'Paste a 9-line here (LINE 1: … or 1. …) and press “Fill lines”', 'data-testid': 'nine-line-paste' });
    const fill = h('button', { type: 'button', class: 'secondary', text: 'Fill lines' });
    const example = h('button', { type: 'button', class: 'secondary', text: 'Example' });
    const general = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const injured = h('input', { name: 'injuredAt', type: 'text', placeholder: 'time of injury, e.g. 14:05Z (blank: now)' });
    const rows = LINE_NUMBERS.map((n) => {
      const input = h('input', { name: `line${n}`, 'data-line': n, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `line${n}-error` });
      const err = h('small', { class: 'field-error', id: `line${n}-error`, role: 'status' });
      input.addEventListener('input', () => this.validate(false));
      this.inputs.set(n, input);
      this.errors.set(n, err);
      return h('label', { class: 'nine-line-row' }, h('span', { class: 'line-no', text: `${n}` }), h('span', { class: 'line-title', text: LINE_TITLES[n] }), input, err);
    });
    const submit = h('button', { type: 'submit', text: 'Send 9-line', 'data-testid': 'nine-line-submit' });
    const cancel = h('button', { type: 'button', class: 'secondary', text: 'Cancel (Esc)' });
    const form = h(
      'form',
      { class: 'dialog nine-line', 'aria-label': '9-line MEDEVAC request', novalidate: true },
      h('h2', { text: 'New 9-line MEDEVAC request' }),
      h('div', { class: 'paste-row' }, paste, h('span', { class: 'stack' }, fill, example)),
      ...rows,
      h('label', { class: 'nine-line-row' }, h('span', { class: 'line-no', text: '⏱' }), h('span', { class: 'line-title', text: 'Time of injury (UTC)' }), injured),
      general,
      h('div', { class: 'actions' }, submit, cancel),
    );
    fill.addEventListener('click', () => this.fillFrom(parseNineLineText(paste.value).lines));
    example.addEventListener('click', () => this.fillFrom(EXAMPLE_NINE_LINE));
    cancel.addEventListener('click', () => this.close());
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send(submit, general, injured.value);
    });
    this.overlay = h('div', { class: 'overlay' }, form);
    document.body.append(this.overlay);
    this.inputs.get(1)?.focus();
  }

  close(): void {
    this.overlay?.remove();
    this.overlay = null;
    this.inputs.clear();
    this.errors.clear();
  }

  private values(): NineLineText {
    const v = {} as NineLineText;
    for (const n of LINE_NUMBERS) v[n] = this.inputs.get(n)?.value ?? '';
    return v;
  }

  private fillFrom(lines: NineLineText): void {
    for (const n of LINE_NUMBERS) {
      const input = this.inputs.get(n);
      if (input) input.value = lines[n];
    }
    this.validate(true);
  }

  /** Shows per-line problems; `all` also flags lines the user has not reached yet. */
  private validate(all: boolean): boolean {
    const problems = validateNineLine(this.values());
    for (const n of LINE_NUMBERS) {
      const input = this.inputs.get(n);
      const err = this.errors.get(n);
      if (!input || !err) continue;
      const problem = problems[n];
      const show = problem && (all || input.value.trim() !== '');
      err.textContent = show ? problem : '';
      input.setAttribute('aria-invalid', show ? 'true' : 'false');
    }
    return Object.keys(problems).length === 0;
  }

  private async send(button: HTMLButtonElement, general: HTMLElement, injuredText: string): Promise<void> {
    general.hidden = true;
    if (!this.validate(true)) {
      general.textContent = 'Correct the marked lines before sending.';
      general.hidden = false;
      return;
    }
    const injuredAt = parseZuluTime(injuredText, new Date());
    if (injuredText.trim() && !injuredAt) {
      general.textContent = 'Time of injury: use HH:MMZ or an ISO time.';
      general.hidden = false;
      return;
    }
    button.disabled = true;
    try {
      const body: { idempotencyKey: string; nineLineText: string; injuredAt?: string } = { idempotencyKey: this.idempotencyKey, nineLineText: toNineLineText(this.values()) };
      if (injuredAt) body.injuredAt = injuredAt;
      const created = await this.api.createIncident(body);
      this.close();
      this.onCreated(created.id);
    } catch (e) {
      if (e instanceof ApiError) {
        let placed = false;
        for (const [field, message] of Object.entries(e.fieldErrors())) {
          const n = lineOfField(field);
          const err = n ? this.errors.get(n) : undefined;
          if (err) {
            err.textContent = message;
            placed = true;
          }
        }
        general.textContent = placed ? `${e.message} — see the marked lines.` : e.message;
      } else {
        general.textContent = 'Could not reach the server; the request was not sent. Try again.';
      }
      general.hidden = false;
    } finally {
      button.disabled = false;
    }
  }
}

/** "14:05Z" (today, or yesterday if that is in the future) or a full ISO time; null when unreadable. */
export function parseZuluTime(text: string, now: Date): string | null {
  const t = text.trim();
  if (!t) return null;
  const hm = /^(\d{1,2}):?(\d{2})Z?$/i.exec(t);
  if (hm) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), Number(hm[1]), Number(hm[2])));
    if (Number(hm[1]) > 23 || Number(hm[2]) > 59) return null;
    if (d.getTime() > now.getTime()) d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString();
  }
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
