import L from 'leaflet';
import { stackLabels } from './labelPlacement';
import type { Aircraft, LatLon } from '../api/types';
import type { OpsStore } from '../state/store';
import { aircraftStatusStyle } from '../ui/palette';
import { remPx } from '../ui/rem';
import { aircraftSymbolCanvas } from './symbols';

/** Above this many aircraft in view, callsign labels appear only from LABEL_ZOOM in (declutter). */
const LABEL_LIMIT = 60;
const LABEL_ZOOM = 8;

/**
 * Aircraft on one canvas: APP-6 symbol (pre-rendered once per status), heading arrow, status tag and callsign, track
 * trail. 500 moving DOM markers cost hundreds of compositor layers; one canvas redrawn at most once per animation
 * frame costs a few milliseconds. Clicks are hit-tested against the last drawn screen positions.
 */
export class AircraftLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly screen = new Map<string, L.Point>();
  private store: OpsStore | null = null;
  private ratio = 1;

  constructor(
    private readonly map: L.Map,
    onSelect: (id: string) => void,
  ) {
    const pane = map.createPane('aircraft');
    pane.style.zIndex = '620';
    pane.style.pointerEvents = 'none';
    this.canvas = L.DomUtil.create('canvas', 'aircraft-canvas leaflet-zoom-hide', pane);
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
    map.on('moveend zoomend resize viewreset', () => this.draw());
    map.on('click', (e: L.LeafletMouseEvent) => {
      const id = this.hit(e.containerPoint);
      if (id) onSelect(id);
    });
  }

  render(store: OpsStore): void {
    this.store = store;
    this.draw();
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
    L.DomUtil.setPosition(this.canvas, this.map.containerPointToLayerPoint([0, 0]));
    const ctx = this.ctx;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    this.screen.clear();
    const rem = remPx();
    const symbolSize = Math.round(rem * 1.6);
    const visible: Array<[Aircraft, L.Point]> = [];
    for (const a of store.aircraft.values()) {
      if (!a.position) continue;
      const p = this.map.latLngToContainerPoint([a.position.lat, a.position.lon]);
      if (p.x < -50 || p.y < -50 || p.x > size.x + 50 || p.y > size.y + 50) continue;
      visible.push([a, p]);
      this.screen.set(a.id, p);
    }
    ctx.lineWidth = 2;
    ctx.globalAlpha = 0.6;
    for (const [a] of visible) this.trail(store.trails.get(a.id) ?? [], aircraftStatusStyle(a.status).colour);
    ctx.globalAlpha = 1;
    const labels = visible.length <= LABEL_LIMIT || this.map.getZoom() >= LABEL_ZOOM;
    ctx.font = `600 ${Math.round(rem * 0.78)}px system-ui, 'DejaVu Sans', sans-serif`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const lineHeight = Math.round(rem * 1.05);
    const drawn = visible.map(([a, p]) => {
      const sym = aircraftSymbolCanvas(a.status, symbolSize);
      ctx.drawImage(sym.image, p.x - sym.anchorX, p.y - sym.anchorY, sym.width, sym.height);
      this.arrow(p, a.position?.headingDeg ?? 0, sym.height / 2 + rem * 0.7, rem);
      const text = labels ? `${a.callsign} ${aircraftStatusStyle(a.status).tag}` : aircraftStatusStyle(a.status).tag;
      const x = p.x + sym.width - sym.anchorX + 2;
      return { text, p, box: { x, y: p.y - lineHeight / 2, width: ctx.measureText(text).width, height: lineHeight } };
    });
    const offsets = stackLabels(drawn.map((d) => d.box));
    drawn.forEach(({ text, p, box }, i) => {
      const y = p.y + offsets[i]!;
      if (offsets[i] !== 0) {
        // A leader line ties a moved label to its symbol.
        ctx.strokeStyle = '#fff';
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(p.x, p.y);
        ctx.lineTo(box.x - 1, y);
        ctx.stroke();
      }
      ctx.strokeStyle = '#000';
      ctx.lineWidth = 3;
      ctx.strokeText(text, box.x, y);
      ctx.fillStyle = '#fff';
      ctx.fillText(text, box.x, y);
    });
    this.canvas.dataset.drawn = String(visible.length);
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

  private hit(point: L.Point): string | null {
    let best: string | null = null;
    let bestDistance = remPx() * 1.2;
    for (const [id, p] of this.screen) {
      const d = p.distanceTo(point);
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
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
