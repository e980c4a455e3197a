import { h } from './dom';

export interface Shortcut {
  keys: string;
  what: string;
  when?: () => boolean;
  run: (e: KeyboardEvent) => void;
}

/** Keyboard shortcuts for the frequent actions; `?` lists them. Ignored while typing in a field. */
export class Shortcuts {
  private readonly list: Shortcut[] = [];
  private overlay: HTMLElement | null = null;

  constructor() {
    document.addEventListener('keydown', (e) => this.onKey(e));
    this.add({ keys: '?', what: 'Show or hide this help', run: () => this.toggleHelp() });
  }

  add(s: Shortcut): void {
    this.list.push(s);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (e.key === 'Escape') {
      if (this.overlay) return this.toggleHelp();
    }
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const s = this.list.find((x) => x.keys.split(' / ').includes(e.key) && (x.when?.() ?? true));
    if (s) {
      e.preventDefault();
      s.run(e);
    }
  }

  toggleHelp(): void {
    if (this.overlay) {
      this.overlay.remove();
      this.overlay = null;
      return;
    }
    const rows = this.list.filter((s) => s.when?.() ?? true).map((s) => h('tr', {}, h('td', {}, ...s.keys.split(' / ').map((k) => h('kbd', { text: k }))), h('td', { text: s.what })));
    const close = h('button', { class: 'secondary', type: 'button', text: 'Close (Esc)' });
    close.addEventListener('click', () => this.toggleHelp());
    this.overlay = h('div', { class: 'overlay', role: 'dialog', 'aria-label': 'Keyboard shortcuts', 'data-testid': 'help-overlay' }, h('div', { class: 'dialog' }, h('h2', { text: 'Keyboard shortcuts' }), h('table', { class: 'shortcuts' }, ...rows), close));
    document.body.append(this.overlay);
  }
}
