import L from 'leaflet';
import type { Incident } from '../api/types';
import { precedenceLetter } from '../format/countdown';
import { isOpenIncident, shortId } from '../state/store';
import { precedenceStyle } from '../ui/palette';
import { escapeAttr } from './aircraftLayer';

/** Incidents (casualty pickup points) with a shape and letter per precedence; closed incidents are hidden. */
export class IncidentLayer {
  private readonly group = L.layerGroup();
  private readonly drawn = new Map<string, { marker: L.Marker; key: string }>();

  constructor(
    map: L.Map,
    private readonly onSelect: (id: string) => void,
  ) {
    this.group.addTo(map);
  }

  render(incidents: Iterable<Incident>, selectedId: string | null): void {
    const seen = new Set<string>();
    for (const i of incidents) {
      if (!isOpenIncident(i) || !i.pickup) continue;
      seen.add(i.id);
      const letter = precedenceLetter(i.precedence);
      const key = `${letter}|${i.status}|${i.id === selectedId}`;
      const d = this.drawn.get(i.id);
      if (d && d.key === key) continue;
      const style = precedenceStyle(letter);
      const icon = L.divIcon({
        className: `inc-marker${i.id === selectedId ? ' selected' : ''}`,
        html: `<span class="inc-shape inc-${style.shape}" style="--c:${style.colour}" data-incident-id="${escapeAttr(i.id)}"><i>${letter}</i></span><span class="inc-label">${shortId(i.id)} ${style.tag}</span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 14],
      });
      if (d) {
        d.marker.setIcon(icon);
        d.key = key;
      } else {
        const marker = L.marker([i.pickup.lat, i.pickup.lon], { icon, keyboard: false });
        marker.on('click', () => this.onSelect(i.id));
        this.group.addLayer(marker);
        this.drawn.set(i.id, { marker, key });
      }
    }
    for (const [id, d] of this.drawn) {
      if (!seen.has(id)) {
        this.group.removeLayer(d.marker);
        this.drawn.delete(id);
      }
    }
  }
}
