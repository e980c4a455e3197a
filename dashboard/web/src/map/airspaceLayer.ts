import L from 'leaflet';
import type { Airspace } from '../api/types';
import { airspaceStyle } from '../ui/palette';

/** Airspace zones by kind (colour + dash pattern), active ones filled, inactive ones faint outlines. */
export class AirspaceLayer {
  private readonly group = L.layerGroup();

  constructor(
    map: L.Map,
    private readonly renderer: L.Renderer,
  ) {
    this.group.addTo(map);
  }

  render(zones: Iterable<Airspace>): void {
    this.group.clearLayers();
    for (const z of zones) {
      if (!z.geometry) continue;
      const layer = L.geoJSON(z.geometry, { renderer: this.renderer, style: () => airspaceStyle(z.kind, z.active) } as L.GeoJSONOptions);
      const state = z.active ? 'ACTIVE' : 'inactive';
      layer.bindTooltip(`${z.name}: ${z.kind} (${state}), ${z.floorFt}-${z.ceilingFt} ft`, { sticky: true });
      this.group.addLayer(layer);
    }
  }
}
