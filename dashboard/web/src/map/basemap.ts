import L from 'leaflet';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

// Offline basemap: Natural Earth 1:50m countries shipped with the bundle as a separate asset (fetched once,
// cached by the browser). Missions often run on closed networks where no tile server is reachable.

export async function addOfflineBasemap(map: L.Map, renderer: L.Renderer): Promise<void> {
  const res = await fetch(countriesUrl);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  L.geoJSON(land, {
    renderer,
    interactive: false,
    style: { color: '#3b4a5a', weight: 0, fillColor: '#26313d', fillOpacity: 1 },
  } as L.GeoJSONOptions).addTo(map);
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  L.geoJSON(borders, { renderer, interactive: false, style: { color: '#7d8fa3', weight: 1, opacity: 0.8 } } as L.GeoJSONOptions).addTo(map);
}

/** Optional raster tiles for sites that have a tile server (setting: localStorage "peaceops.tileUrl"). */
export function addConfiguredTiles(map: L.Map): void {
  const url = localStorage.getItem('peaceops.tileUrl');
  if (url) L.tileLayer(url, { maxZoom: 18, attribution: 'site tiles' }).addTo(map);
}
