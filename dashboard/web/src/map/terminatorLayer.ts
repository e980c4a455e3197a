import L from 'leaflet';
import { nightPolygon } from '../geo/sun';

/** The night side of the earth, shaded; refreshed once a minute (the terminator moves 0.25° per minute). */
export class TerminatorLayer {
  private readonly polygon: L.Polygon;

  constructor(map: L.Map, renderer: L.Renderer, now: () => Date) {
    this.polygon = L.polygon(nightPolygon(now()), {
      renderer,
      interactive: false,
      stroke: true,
      color: '#0b1020',
      weight: 1,
      fillColor: '#000814',
      fillOpacity: 0.35,
    }).addTo(map);
    setInterval(() => this.polygon.setLatLngs(nightPolygon(now())), 60000);
  }
}
