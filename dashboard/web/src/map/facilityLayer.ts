import L from 'leaflet';
import type { Facility, LandingSite } from '../api/types';
import { facilityStatusStyle } from '../ui/palette';
import { escapeAttr, escapeHtml } from './aircraftLayer';
import { remPx } from '../ui/rem';
import { facilitySymbol } from './symbols';

/** Medical facilities by level and status (symbol fill + text tag), and landing sites. */
export class FacilityLayer {
  private readonly group = L.layerGroup();
  private readonly sites = L.layerGroup();
  private readonly drawn = new Map<string, { marker: L.Marker; key: string }>();

  constructor(map: L.Map) {
    this.sites.addTo(map);
    this.group.addTo(map);
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
  }

  renderLandingSites(sites: Iterable<LandingSite>): void {
    this.sites.clearLayers();
    for (const s of sites) {
      const night = s.nightCapable ? ' (night)' : '';
      const icon = L.divIcon({ className: 'hlz-marker', html: `<span class="hlz">H</span><span class="hlz-label">${escapeHtml(s.name)}${night}</span>`, iconSize: [24, 24], iconAnchor: [12, 12] });
      this.sites.addLayer(L.marker([s.position.lat, s.position.lon], { icon, keyboard: false, interactive: false }));
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
