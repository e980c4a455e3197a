import L from 'leaflet';
import type { AircraftGroup } from './declutter';

/** What a keyboard tab stop says and where it sits (container pixels of the symbol). */
export interface AircraftKey {
  group: AircraftGroup;
  label: string;
  sortKey: string;
}

/**
 * Keyboard tab stops over the canvas-drawn aircraft: one transparent button per marker (a lone aircraft or a group),
 * in callsign order, showing the focus ring where the symbol is. Mouse clicks pass through (pointer-events: none)
 * to the map's own hit test, so a click and Enter end in the same `activate` call. Buttons are reused by group id and
 * the focused one is never removed while its aircraft is still on screen, so live moves never throw focus away.
 */
export class AircraftKeys {
  readonly element: HTMLElement;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly groups = new Map<string, AircraftGroup>();

  constructor(pane: HTMLElement, private readonly activate: (group: AircraftGroup) => void) {
    this.element = L.DomUtil.create('div', 'aircraft-keys leaflet-zoom-hide', pane);
    L.DomEvent.disableClickPropagation(this.element);
  }

  /** Replaces the tab stops; `origin` is where the container's (0, 0) is in layer pixels. */
  sync(keys: readonly AircraftKey[], origin: L.Point): void {
    L.DomUtil.setPosition(this.element, origin);
    const focusedMember = this.focusedMembers();
    const wanted = [...keys].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const keep = new Set(wanted.map((k) => k.group.id));
    let refocus: HTMLButtonElement | null = null;
    for (const [i, k] of wanted.entries()) {
      const b = this.buttons.get(k.group.id) ?? this.create(k.group.id);
      this.place(b, k);
      if (this.element.children[i] !== b) {
        // Moving the focused button blurs it: put focus back after the moves.
        if (document.activeElement === b) refocus = b;
        this.element.insertBefore(b, this.element.children[i] ?? null);
      }
      // The focused marker merged into another (or took a new leader): focus follows its aircraft.
      if (focusedMember && !keep.has(focusedMember.group) && k.group.members.some((m) => focusedMember.members.includes(m))) refocus ??= b;
    }
    for (const [id, b] of this.buttons) {
      if (keep.has(id)) continue;
      b.remove();
      this.buttons.delete(id);
      this.groups.delete(id);
    }
    if (refocus && document.activeElement !== refocus) refocus.focus({ preventScroll: true });
  }

  /** Focus the tab stop of the marker holding this aircraft (after a popup closes). */
  focus(aircraftId: string): void {
    for (const b of this.buttons.values()) {
      if ((b.dataset.members ?? '').split(' ').includes(aircraftId)) {
        b.focus({ preventScroll: true });
        return;
      }
    }
  }

  private focusedMembers(): { group: string; members: string[] } | null {
    const active = document.activeElement;
    if (!(active instanceof HTMLButtonElement) || active.parentElement !== this.element) return null;
    return { group: active.dataset.groupId ?? '', members: (active.dataset.members ?? '').split(' ') };
  }

  private create(id: string): HTMLButtonElement {
    const b = L.DomUtil.create('button', 'aircraft-key') as HTMLButtonElement;
    b.type = 'button';
    b.dataset.groupId = id;
    b.dataset.testid = 'aircraft-key';
    b.addEventListener('click', (e) => {
      // A redraw may replace this button while the click is handled; the map must never see it (see aircraftPopup).
      e.stopPropagation();
      const group = this.groups.get(id);
      if (group) this.activate(group);
    });
    this.buttons.set(id, b);
    return b;
  }

  private place(b: HTMLButtonElement, k: AircraftKey): void {
    this.groups.set(k.group.id, k.group);
    const s = k.group.symbol;
    const style = b.style;
    const left = `${Math.round(s.x)}px`;
    const top = `${Math.round(s.y)}px`;
    if (style.left !== left) style.left = left;
    if (style.top !== top) style.top = top;
    const width = `${Math.round(s.width)}px`;
    const height = `${Math.round(s.height)}px`;
    if (style.width !== width) style.width = width;
    if (style.height !== height) style.height = height;
    if (b.getAttribute('aria-label') !== k.label) b.setAttribute('aria-label', k.label);
    const members = k.group.members.join(' ');
    if (b.dataset.members !== members) b.dataset.members = members;
    const count = String(k.group.members.length);
    if (b.dataset.count !== count) b.dataset.count = count;
  }
}
