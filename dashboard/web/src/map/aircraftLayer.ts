import L from 'leaflet';
import type { Aircraft, LatLon } from '../api/types';
import { isOpenIncident, type OpsStore } from '../state/store';
import { aircraftStatusStyle } from '../ui/palette';
import { remPx } from '../ui/rem';
import { AircraftKeys } from './aircraftKeys';
import { aircraftCard, aircraftCardKey, groupList } from './aircraftPopup';
import { nextSelection, type SelectionEvent } from './aircraftSelection';
import { declutter, isLeftOfSymbol, membership, sides, type AircraftGroup, type DeclutterMetrics, type LabelSide, type ScreenBox } from './declutter';
import { aircraftSymbolCanvas, facilitySymbol } from './symbols';

/** Most callsign lines one marker lists; a bigger group lists one fewer and "+N more" (its popup lists all). */
const MAX_LISTED = 6;

/** In view or within 50 px of it: drawn (a symbol half off the edge still shows) and kept clear of labels. */
function nearView(p: L.Point, size: L.Point): boolean {
  return p.x >= -50 && p.y >= -50 && p.x <= size.x + 50 && p.y <= size.y + 50;
}

/** Something clickable on the canvas: a member's label line selects it, a group's symbol opens its list. */
type Hit = { box: ScreenBox; aircraftId: string } | { box: ScreenBox; group: AircraftGroup };

/**
 * Aircraft on one canvas: APP-6 symbol (pre-rendered once per status), heading arrow, status tag and callsign, track
 * trail. 500 moving DOM markers cost hundreds of compositor layers; one canvas redrawn at most once per animation
 * frame costs a few milliseconds. Aircraft whose symbols or labels would touch at this zoom are drawn as one marker
 * with a count badge and their callsigns listed (declutter.ts), so every label stays readable on a wall screen.
 * Clicks are hit-tested against what was last drawn; keyboard users get one tab stop per marker (AircraftKeys).
 */
export class AircraftLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly keys: AircraftKeys;
  private readonly screen = new Map<string, L.Point>();
  private readonly widths = new Map<string, number>();
  private widthsFont = '';
  private store: OpsStore | null = null;
  private ratio = 1;
  private markers: AircraftGroup[] = [];
  private previous = new Map<string, string>();
  private previousSides = new Map<string, LabelSide>();
  private hits: Hit[] = [];
  private selectedId: string | null = null;
  private readonly popup: L.Popup;
  private popupShows: { kind: 'aircraft'; id: string; key: string } | { kind: 'group'; id: string } | null = null;
  /** Where focus goes back when the popup closes (it was opened from the keyboard). */
  private returnFocusTo: string | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly onSelect: (id: string) => void,
  ) {
    const pane = map.createPane('aircraft');
    pane.style.zIndex = '620';
    pane.style.pointerEvents = 'none';
    this.canvas = L.DomUtil.create('canvas', 'aircraft-canvas leaflet-zoom-hide', pane);
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
    this.keys = new AircraftKeys(pane, (group) => this.activate(group, true));
    this.popup = L.popup({ className: 'aircraft-popup', maxWidth: 320, autoPanPadding: [40, 40] });
    map.on('moveend zoomend resize viewreset', () => this.draw());
    map.on('click', (e: L.LeafletMouseEvent) => {
      const hit = this.hit(e.containerPoint);
      if (!hit) this.apply({ kind: 'emptyMapClick' });
      else if ('aircraftId' in hit) this.select(hit.aircraftId, false);
      else this.activate(hit.group, false);
    });
    // Capture: seen before Leaflet's own Escape (which closes an open popup), so one Escape does one thing.
    map.getContainer().addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') this.apply({ kind: 'escapeOnMap', popupOpen: this.map.hasLayer(this.popup) });
      },
      true,
    );
    map.on('popupclose', (e: L.PopupEvent) => {
      if (e.popup !== this.popup) return;
      this.popupShows = null;
      const back = this.returnFocusTo;
      this.returnFocusTo = null;
      this.apply({ kind: 'cardClosed' });
      if (back) this.keys.focus(back);
    });
    this.popup.on('add', () => {
      // Escape closes the card wherever focus is inside it, and focus goes back to the marker (see popupclose).
      const el = this.popup.getElement();
      if (el && !el.dataset.escape) {
        el.dataset.escape = '1';
        el.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            this.map.closePopup(this.popup);
          }
        });
      }
    });
  }

  render(store: OpsStore): void {
    this.store = store;
    this.draw();
    this.refreshPopup();
  }

  /** Select an aircraft: it leads its marker (never folded into "+N more"), is ringed, and its card opens. */
  select(id: string, fromKeyboard: boolean): void {
    const a = this.store?.aircraft.get(id);
    if (!a?.position) return;
    this.selectedId = id;
    this.returnFocusTo = fromKeyboard ? id : null;
    const key = aircraftCardKey(a);
    this.popup.setLatLng([a.position.lat, a.position.lon]).setContent(aircraftCard(a));
    this.popupShows = { kind: 'aircraft', id, key };
    if (!this.map.hasLayer(this.popup)) this.popup.openOn(this.map);
    this.draw();
    if (fromKeyboard) (this.popup.getElement()?.querySelector('.ac-card') as HTMLElement | null)?.focus({ preventScroll: true });
    this.onSelect(id);
  }

  /** Selection changes other than a pick (aircraftSelection.ts); the ring and the marker order follow. */
  private apply(e: SelectionEvent): void {
    const next = nextSelection(this.selectedId, e);
    if (next === this.selectedId) return;
    this.selectedId = next;
    this.draw();
  }

  get selected(): string | null {
    return this.selectedId;
  }

  /** The markers last drawn (tests and tooling). */
  get groups(): readonly AircraftGroup[] {
    return this.markers;
  }

  /** A lone aircraft is selected; a group opens its list, from which one aircraft is picked. */
  private activate(group: AircraftGroup, fromKeyboard: boolean): void {
    if (group.members.length === 1) {
      this.select(group.id, fromKeyboard);
      return;
    }
    const store = this.store;
    const leader = store?.aircraft.get(group.id);
    if (!store || !leader?.position) return;
    const members = group.members.map((id) => store.aircraft.get(id)).filter((a): a is Aircraft => !!a);
    const zoom = this.map.getZoom() < this.map.getMaxZoom() ? (): void => {
      this.map.closePopup(this.popup);
      this.map.setView([leader.position!.lat, leader.position!.lon], Math.min(this.map.getMaxZoom(), this.map.getZoom() + 2));
    } : null;
    this.popup.setLatLng([leader.position.lat, leader.position.lon]).setContent(groupList(members, (id) => this.select(id, fromKeyboard), zoom));
    if (!this.map.hasLayer(this.popup)) this.popup.openOn(this.map);
    this.popupShows = { kind: 'group', id: group.id };
    this.returnFocusTo = fromKeyboard ? group.id : null;
    if (fromKeyboard) (this.popup.getElement()?.querySelector('.ac-pick') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  /** The open card follows its aircraft and its live state; a card whose aircraft is gone closes. */
  private refreshPopup(): void {
    const shows = this.popupShows;
    if (shows?.kind !== 'aircraft') return;
    const a = this.store?.aircraft.get(shows.id);
    if (!a?.position) {
      this.map.closePopup(this.popup);
      return;
    }
    const key = aircraftCardKey(a);
    if (key === shows.key) return;
    shows.key = key;
    const hadFocus = this.popup.getElement()?.contains(document.activeElement) ?? false;
    this.popup.setLatLng([a.position.lat, a.position.lon]).setContent(aircraftCard(a));
    if (hadFocus) (this.popup.getElement()?.querySelector('.ac-card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private draw(): void {
    const store = this.store;
    if (!store) return;
    const size = this.map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== size.x * ratio || this.canvas.height !== size.y * ratio || this.ratio !== ratio) {
      this.canvas.width = size.x * ratio;
      this.canvas.height = size.y * ratio;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
      this.ratio = ratio;
    }
    const origin = this.map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this.canvas, origin);
    const ctx = this.ctx;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    this.screen.clear();
    const rem = remPx();
    const symbolSize = Math.round(rem * 1.6);
    const visible = new Map<string, Aircraft>();
    for (const a of store.aircraft.values()) {
      if (!a.position) continue;
      const p = this.map.latLngToContainerPoint([a.position.lat, a.position.lon]);
      if (!nearView(p, size)) continue;
      visible.set(a.id, a);
      this.screen.set(a.id, p);
    }
    if (this.selectedId && !store.aircraft.has(this.selectedId)) this.selectedId = nextSelection(this.selectedId, { kind: 'gone', id: this.selectedId });

    ctx.lineWidth = 2;
    ctx.globalAlpha = 0.6;
    for (const a of visible.values()) this.trail(store.trails.get(a.id) ?? [], aircraftStatusStyle(a.status).colour);
    ctx.globalAlpha = 1;

    const font = `600 ${Math.round(rem * 0.78)}px system-ui, 'DejaVu Sans', sans-serif`;
    ctx.font = font;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const lineHeight = Math.round(rem * 1.05);
    const swatch = Math.round(rem * 0.6);
    const badge = Math.round(rem * 0.55);
    const sample = aircraftSymbolCanvas('available', symbolSize);
    const metrics: DeclutterMetrics = {
      symbolHalfWidth: Math.max(sample.anchorX, sample.width - sample.anchorX) + badge / 2,
      symbolHalfHeight: Math.max(sample.anchorY, sample.height - sample.anchorY) + badge / 2,
      labelGap: 2,
      lineHeight,
      maxListed: MAX_LISTED,
      moreWidth: swatch + 4 + this.measure(`+${visible.size} more`, font),
    };
    const text = (a: Aircraft): string => `${a.callsign} ${aircraftStatusStyle(a.status).tag}`;
    this.markers = declutter(
      [...visible.values()].map((a) => {
        const p = this.screen.get(a.id)!;
        return { id: a.id, x: p.x, y: p.y, labelWidth: swatch + 4 + this.measure(text(a), font), sortKey: a.callsign };
      }),
      metrics,
      // About a third of a line: an aircraft taxiing at the edge of its group does not blink in and out of it.
      {
        selectedId: this.selectedId,
        previous: this.previous,
        previousSides: this.previousSides,
        hysteresisPx: Math.round(rem * 0.4),
        avoid: this.groundSymbols(store, size, rem),
      },
    );
    this.previous = membership(this.markers);
    this.previousSides = sides(this.markers);

    // Members folded into a marker keep a dot at their own position, tied to the marker: where they really are.
    ctx.lineWidth = 1;
    for (const g of this.markers) {
      for (const id of g.members.slice(1)) {
        const p = this.screen.get(id)!;
        if (Math.hypot(p.x - g.x, p.y - g.y) < metrics.symbolHalfHeight) continue;
        ctx.strokeStyle = '#000';
        ctx.beginPath();
        ctx.moveTo(g.x, g.y);
        ctx.lineTo(p.x, p.y);
        ctx.stroke();
        ctx.fillStyle = aircraftStatusStyle(visible.get(id)!.status).colour;
        ctx.beginPath();
        ctx.arc(p.x, p.y, rem * 0.22, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
      }
    }

    for (const g of this.markers) {
      const leader = visible.get(g.id)!;
      const sym = aircraftSymbolCanvas(leader.status, symbolSize);
      if (g.id === this.selectedId) this.ring(g, rem);
      ctx.drawImage(sym.image, g.x - sym.anchorX, g.y - sym.anchorY, sym.width, sym.height);
      // One heading arrow per marker: a group's members may point anywhere, so a group shows none.
      if (g.members.length === 1) this.arrow(new L.Point(g.x, g.y), leader.position?.headingDeg ?? 0, sym.height / 2 + rem * 0.7, rem);
      else this.badge(g, badge, rem);
    }

    // Labels last, over every symbol and arrow.
    this.hits = [];
    for (const g of this.markers) {
      this.hits.push({ box: g.symbol, group: g });
      const lines = g.listed.map((id) => visible.get(id)!);
      const swatched = g.members.length > 1;
      lines.forEach((a, i) => {
        const box = { x: g.label.x, y: g.label.y + i * lineHeight, width: g.label.width, height: lineHeight };
        this.hits.push({ box, aircraftId: a.id });
        this.line(text(a), box, g.side, a.id === this.selectedId, swatched ? aircraftStatusStyle(a.status).colour : null, swatch, font);
      });
      if (g.more > 0) {
        const box = { x: g.label.x, y: g.label.y + lines.length * lineHeight, width: g.label.width, height: lineHeight };
        this.hits.push({ box, group: g });
        this.line(`+${g.more} more`, box, g.side, false, null, swatch, font);
      }
    }

    this.canvas.dataset.drawn = String(visible.size);
    this.canvas.dataset.markers = String(this.markers.length);
    this.keys.sync(
      this.markers
        .filter((g) => g.x >= 0 && g.y >= 0 && g.x <= size.x && g.y <= size.y)
        .map((g) => {
          const first = visible.get(g.id)!;
          const names = g.members.map((id) => `${visible.get(id)!.callsign} ${visible.get(id)!.status}`);
          const label = g.members.length === 1 ? `Aircraft ${names[0]}` : `${g.members.length} aircraft: ${names.join(', ')}`;
          return { group: g, label, sortKey: first.callsign };
        }),
      origin,
    );
  }

  /** Facility, landing-site and incident symbols in view, at the sizes their layers draw: labels keep off them. */
  private groundSymbols(store: OpsStore, size: L.Point, rem: number): ScreenBox[] {
    const boxes: ScreenBox[] = [];
    const facilitySize = Math.round(rem * 1.5);
    for (const f of store.facilities.values()) {
      const p = this.map.latLngToContainerPoint([f.position.lat, f.position.lon]);
      if (!nearView(p, size)) continue;
      const sym = facilitySymbol(f.status, f.level, facilitySize);
      boxes.push({ x: p.x - sym.anchorX, y: p.y - sym.anchorY, width: sym.width, height: sym.height });
    }
    for (const s of store.landingSites.values()) {
      const p = this.map.latLngToContainerPoint([s.position.lat, s.position.lon]);
      if (nearView(p, size)) boxes.push({ x: p.x - 12, y: p.y - 12, width: 24, height: 24 });
    }
    // Casualty pickup points (incidentLayer.ts, 28 px icons): a callsign over one would hide it and steal its click.
    for (const i of store.incidents.values()) {
      if (!isOpenIncident(i) || !i.pickup) continue;
      const p = this.map.latLngToContainerPoint([i.pickup.lat, i.pickup.lon]);
      if (nearView(p, size)) boxes.push({ x: p.x - 14, y: p.y - 14, width: 28, height: 28 });
    }
    return boxes;
  }

  private measure(text: string, font: string): number {
    if (font !== this.widthsFont) {
      this.widths.clear();
      this.widthsFont = font;
    }
    let w = this.widths.get(text);
    if (w === undefined) {
      w = this.ctx.measureText(text).width;
      if (this.widths.size > 5000) this.widths.clear();
      this.widths.set(text, w);
    }
    return w;
  }

  /** One label line: status swatch in a group (its symbol shows only the leader's colour), callsign and tag. A list
   * on the symbol's left is right-aligned, so every line ends next to the symbol it belongs to. */
  private line(text: string, box: ScreenBox, side: LabelSide, selected: boolean, colour: string | null, swatch: number, font: string): void {
    const ctx = this.ctx;
    const y = box.y + box.height / 2;
    const used = swatch + 4 + this.measure(text, font);
    const left = isLeftOfSymbol(side) ? box.x + box.width - used : box.x;
    const x = left + swatch + 4;
    if (selected) {
      ctx.fillStyle = '#F0E442';
      ctx.fillRect(left - 2, box.y, used + 4, box.height);
    }
    if (colour) {
      ctx.fillStyle = colour;
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 1;
      ctx.fillRect(left + 1, y - swatch / 2, swatch - 2, swatch - 2);
      ctx.strokeRect(left + 1, y - swatch / 2, swatch - 2, swatch - 2);
    }
    if (selected) {
      ctx.fillStyle = '#000';
      ctx.fillText(text, x, y);
      return;
    }
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 3;
    ctx.strokeText(text, x, y);
    ctx.fillStyle = '#fff';
    ctx.fillText(text, x, y);
  }

  /** The count of aircraft in a group, on the symbol's upper right corner. */
  private badge(g: AircraftGroup, diameter: number, rem: number): void {
    const ctx = this.ctx;
    const r = diameter / 2 + 2;
    const cx = g.symbol.x + g.symbol.width - r + 1;
    const cy = g.symbol.y + r - 1;
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    const font = ctx.font;
    ctx.font = `800 ${Math.round(rem * 0.7)}px system-ui, 'DejaVu Sans', sans-serif`;
    ctx.fillStyle = '#000';
    ctx.textAlign = 'center';
    ctx.fillText(String(g.members.length), cx, cy + 0.5);
    ctx.textAlign = 'start';
    ctx.font = font;
  }

  /** The selected aircraft's ring: yellow on black, seen on any basemap colour. */
  private ring(g: AircraftGroup, rem: number): void {
    const ctx = this.ctx;
    const r = Math.max(g.symbol.width, g.symbol.height) / 2 + rem * 0.1;
    ctx.lineWidth = 5;
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.arc(g.x, g.y, r, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#F0E442';
    ctx.stroke();
  }

  private trail(points: readonly LatLon[], colour: string): void {
    if (points.length < 2) return;
    const ctx = this.ctx;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    points.forEach((pt, i) => {
      const q = this.map.latLngToContainerPoint([pt.lat, pt.lon]);
      if (i === 0) ctx.moveTo(q.x, q.y);
      else ctx.lineTo(q.x, q.y);
    });
    ctx.stroke();
  }

  /** The direction-of-movement arrow, turned by the aircraft's heading. */
  private arrow(p: L.Point, headingDeg: number, length: number, rem: number): void {
    const ctx = this.ctx;
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.rotate((headingDeg * Math.PI) / 180);
    ctx.strokeStyle = '#fff';
    ctx.fillStyle = '#fff';
    ctx.lineWidth = Math.max(1.5, rem * 0.12);
    ctx.beginPath();
    ctx.moveTo(0, -length * 0.55);
    ctx.lineTo(0, -length);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(0, -length - rem * 0.35);
    ctx.lineTo(-rem * 0.25, -length + rem * 0.05);
    ctx.lineTo(rem * 0.25, -length + rem * 0.05);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }

  /** The label line or marker under a click; else the nearest aircraft within a thumb's reach. */
  private hit(point: L.Point): Hit | null {
    const inside = (b: ScreenBox): boolean => point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height;
    for (let i = this.hits.length - 1; i >= 0; i--) if (inside(this.hits[i]!.box)) return this.hits[i]!;
    let best: AircraftGroup | null = null;
    let bestDistance = remPx() * 1.2;
    for (const g of this.markers) {
      const d = Math.hypot(g.x - point.x, g.y - point.y);
      if (d < bestDistance) {
        best = g;
        bestDistance = d;
      }
    }
    return best ? { box: best.symbol, group: best } : null;
  }

  /** Where an aircraft was last drawn, in page pixels (tests and tooling). */
  screenPositionOf(id: string): { x: number; y: number } | null {
    const p = this.screen.get(id);
    if (!p) return null;
    const box = this.map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  get drawnCount(): number {
    return this.screen.size;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export const escapeAttr = escapeHtml;
