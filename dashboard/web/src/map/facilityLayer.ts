import L from 'leaflet';
import type { Facility, LandingSite } from '../api/types';
import { facilityStatusStyle } from '../ui/palette';
import { escapeAttr, escapeHtml } from './aircraftLayer';
import { remPx } from '../ui/rem';
import type { LabelSide, ScreenBox } from './declutter';
import { placeGroundLabels, type GroundLabel } from './groundLabels';
import { facilitySymbol } from './symbols';

/** Medical facilities by level and status (symbol fill + text tag), and landing sites. Their names are placed
 * around their symbols so that none lies on another (groundLabels.ts); a helipad's name gives way to a facility's. */
export class FacilityLayer {
  private readonly group = L.layerGroup();
  private readonly sites = L.layerGroup();
  private readonly drawn = new Map<string, { marker: L.Marker; key: string }>();
  private readonly siteMarkers = new Map<string, L.Marker>();
  private previousSides = new Map<string, LabelSide>();

  constructor(map: L.Map) {
    this.sites.addTo(map);
    this.group.addTo(map);
    // Names are a fixed size in pixels, so only a zoom changes which of them collide (opsMap shows or hides the
    // names for the overview on zoomend first; its handler was registered before this one).
    map.on('zoomend viewreset', () => this.layoutLabels());
  }

  render(facilities: Iterable<Facility>): void {
    const seen = new Set<string>();
    for (const f of facilities) {
      seen.add(f.id);
      const key = `${f.status}|${f.level}|${f.name}|${f.availableBeds}|${f.availableOperatingTables}`;
      const d = this.drawn.get(f.id);
      if (d && d.key === key) continue;
      const icon = this.icon(f);
      if (d) {
        d.marker.setIcon(icon);
        d.marker.setLatLng([f.position.lat, f.position.lon]);
        d.key = key;
      } else {
        const marker = L.marker([f.position.lat, f.position.lon], { icon, keyboard: false });
        marker.bindTooltip(`${f.name} — Level ${f.level}, ${f.status}; beds ${f.availableBeds}, OR tables ${f.availableOperatingTables}`);
        this.group.addLayer(marker);
        this.drawn.set(f.id, { marker, key });
      }
    }
    for (const [id, d] of this.drawn) {
      if (!seen.has(id)) {
        this.group.removeLayer(d.marker);
        this.drawn.delete(id);
      }
    }
    this.layoutLabels();
  }

  renderLandingSites(sites: Iterable<LandingSite>): void {
    this.sites.clearLayers();
    this.siteMarkers.clear();
    for (const s of sites) {
      const night = s.nightCapable ? ' (night)' : '';
      const icon = L.divIcon({ className: 'hlz-marker', html: `<span class="hlz">H</span><span class="hlz-label">${escapeHtml(s.name)}${night}</span>`, iconSize: [24, 24], iconAnchor: [12, 12] });
      const marker = L.marker([s.position.lat, s.position.lon], { icon, keyboard: false, interactive: false });
      this.sites.addLayer(marker);
      this.siteMarkers.set(s.id, marker);
    }
    this.layoutLabels();
  }

  /** Moves each shown name to the side placeGroundLabels chose (or hides a helipad's): all reads, then all writes. */
  private layoutLabels(): void {
    const entries: Array<{ el: HTMLElement; label: HTMLElement; required: boolean; id: string }> = [];
    const collect = (id: string, marker: L.Marker, selector: string, required: boolean): void => {
      const el = marker.getElement();
      const label = el?.querySelector<HTMLElement>(selector);
      if (el && label) entries.push({ el, label, required, id });
    };
    for (const [id, d] of this.drawn) collect(`facility:${id}`, d.marker, '.fac-label', true);
    for (const [id, m] of this.siteMarkers) collect(`site:${id}`, m, '.hlz-label', false);
    for (const e of entries) e.label.style.display = '';
    const labels: GroundLabel[] = [];
    const symbols = new Map<string, ScreenBox>();
    for (const e of entries) {
      const at = L.DomUtil.getPosition(e.el);
      const symbol = { x: at.x, y: at.y, width: e.el.offsetWidth, height: e.el.offsetHeight };
      symbols.set(e.id, symbol);
      const width = e.label.offsetWidth;
      // A name the overview hides (styles.css) takes no room.
      if (width > 0) labels.push({ id: e.id, symbol, width, height: e.label.offsetHeight, required: e.required });
    }
    const placed = placeGroundLabels(labels, Math.round(remPx() * 0.15), this.previousSides);
    this.previousSides = new Map([...placed].flatMap(([id, p]) => (p ? [[id, p.side] as const] : [])));
    for (const e of entries) {
      if (!placed.has(e.id)) continue;
      const p = placed.get(e.id);
      const symbol = symbols.get(e.id)!;
      e.label.dataset.side = p ? p.side : 'hidden';
      if (!p) {
        e.label.style.display = 'none';
        continue;
      }
      e.label.style.left = `${p.box.x - symbol.x}px`;
      e.label.style.top = `${p.box.y - symbol.y}px`;
      e.label.style.marginLeft = '0';
    }
  }

  private icon(f: Facility): L.DivIcon {
    const size = Math.round(remPx() * 1.5);
    const sym = facilitySymbol(f.status, f.level, size);
    const tag = facilityStatusStyle(f.status).tag;
    return L.divIcon({
      className: `fac-marker fac-${f.status}`,
      html: `<img src="${sym.url}" width="${sym.width}" height="${sym.height}" alt=""><span class="fac-label" data-facility-id="${escapeAttr(f.id)}" data-status="${escapeAttr(f.status)}"><span class="fac-name">${escapeHtml(f.name)} </span><b>${tag}</b></span>`,
      iconSize: [sym.width, sym.height],
      iconAnchor: [sym.anchorX, sym.anchorY],
    });
  }
}
