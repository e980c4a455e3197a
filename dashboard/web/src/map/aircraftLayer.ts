import L from 'leaflet';
import type { Aircraft } from '../api/types';
import type { OpsStore } from '../state/store';
import { aircraftStatusStyle } from '../ui/palette';
import { remPx } from '../ui/rem';
import { aircraftSymbol, headingBucket } from './symbols';

interface Drawn {
  marker: L.Marker;
  trail: L.Polyline;
  iconKey: string;
}

/**
 * Aircraft markers (APP-6 with direction-of-movement by heading, callsign and status tag) and track trails.
 * Only aircraft that moved since the last frame are touched; marker updates are transform writes, never reads.
 */
export class AircraftLayer {
  private readonly drawn = new Map<string, Drawn>();
  private readonly group = L.layerGroup();
  private readonly trails: L.LayerGroup;

  constructor(
    private readonly map: L.Map,
    private readonly renderer: L.Renderer,
    private readonly onSelect: (id: string) => void,
  ) {
    this.trails = L.layerGroup().addTo(map);
    this.group.addTo(map);
  }

  render(store: OpsStore, full: boolean): void {
    for (const [id, d] of this.drawn) {
      if (!store.aircraft.has(id)) {
        this.group.removeLayer(d.marker);
        this.trails.removeLayer(d.trail);
        this.drawn.delete(id);
      }
    }
    const ids = full ? store.aircraft.keys() : store.movedAircraft.values();
    for (const id of ids) {
      const a = store.aircraft.get(id);
      if (a) this.draw(a, store.trails.get(id) ?? []);
    }
  }

  private draw(a: Aircraft, trail: readonly { lat: number; lon: number }[]): void {
    if (!a.position) return;
    const latLng = L.latLng(a.position.lat, a.position.lon);
    const key = `${a.status}|${headingBucket(a.position.headingDeg)}|${a.callsign}`;
    let d = this.drawn.get(a.id);
    if (!d) {
      const marker = L.marker(latLng, { icon: this.icon(a), keyboard: false, riseOnHover: true });
      marker.on('click', () => this.onSelect(a.id));
      const line = L.polyline([], { renderer: this.renderer, color: aircraftStatusStyle(a.status).colour, weight: 2, opacity: 0.7, dashArray: '4 4', interactive: false });
      this.group.addLayer(marker);
      this.trails.addLayer(line);
      d = { marker, trail: line, iconKey: key };
      this.drawn.set(a.id, d);
    } else {
      d.marker.setLatLng(latLng);
      if (d.iconKey !== key) {
        d.marker.setIcon(this.icon(a));
        d.trail.setStyle({ color: aircraftStatusStyle(a.status).colour });
        d.iconKey = key;
      }
    }
    d.trail.setLatLngs(trail.map((p) => [p.lat, p.lon] as [number, number]));
  }

  private icon(a: Aircraft): L.DivIcon {
    const size = Math.round(remPx() * 1.6);
    const sym = aircraftSymbol(a.status, a.position?.headingDeg ?? 0, size);
    const style = aircraftStatusStyle(a.status);
    return L.divIcon({
      className: 'ac-marker',
      html: `<img src="${sym.url}" width="${sym.width}" height="${sym.height}" alt=""><span class="ac-label" data-aircraft-id="${escapeAttr(a.id)}" data-status="${escapeAttr(a.status)}">${escapeHtml(a.callsign)} <b>${style.tag}</b></span>`,
      iconSize: [sym.width, sym.height],
      iconAnchor: [sym.anchorX, sym.anchorY],
    });
  }

  /** Screen position of an aircraft marker, for tests that check movement. */
  positionOf(id: string): L.LatLng | undefined {
    return this.drawn.get(id)?.marker.getLatLng();
  }

  fitAll(): void {
    const markers = [...this.drawn.values()].map((d) => d.marker.getLatLng());
    if (markers.length) this.map.fitBounds(L.latLngBounds(markers).pad(0.2));
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export const escapeAttr = escapeHtml;
