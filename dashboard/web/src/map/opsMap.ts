import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { TaskingOption } from '../api/types';
import type { OpsStore, Topic } from '../state/store';
import { AircraftLayer } from './aircraftLayer';
import { AirspaceLayer } from './airspaceLayer';
import { addConfiguredTiles, addOfflineBasemap, paneRenderer } from './basemap';
import { FacilityLayer } from './facilityLayer';
import { IncidentLayer } from './incidentLayer';
import { TerminatorLayer } from './terminatorLayer';

/** The shared map: offline basemap, night shading, airspace, facilities, incidents, aircraft, hovered route. */
export class OpsMap {
  readonly map: L.Map;
  readonly aircraft: AircraftLayer;
  private readonly facilities: FacilityLayer;
  private readonly incidents: IncidentLayer;
  private readonly airspace: AirspaceLayer;
  private readonly route = L.layerGroup();
  private fitted = false;
  selectedIncident: string | null = null;

  /** From this zoom in (about 50 km across a wall screen's map) every name is shown. */
  static readonly DETAIL_ZOOM = 8;

  constructor(
    element: HTMLElement,
    private readonly store: OpsStore,
    handlers: { selectIncident: (id: string) => void; selectAircraft: (id: string) => void },
    now: () => Date,
  ) {
    const renderer = L.canvas({ padding: 0.3 });
    this.map = L.map(element, { renderer, preferCanvas: true, zoomControl: true, worldCopyJump: true, minZoom: 2, attributionControl: false });
    this.map.setView([15, 0], 5);
    // Zoomed out, co-located bases, clinics and helipads would print their names over each other: the overview
    // keeps symbols, callsigns and only the facility states that need attention (see styles.css).
    const overview = (): void => {
      element.classList.toggle('map-overview', this.map.getZoom() < OpsMap.DETAIL_ZOOM);
    };
    this.map.on('zoomend', overview);
    overview();
    addConfiguredTiles(this.map);
    // Land, then night and airspace, then the busy trails: each on its own canvas so a redraw stays local.
    void addOfflineBasemap(this.map, paneRenderer(this.map, 'basemap', 250));
    const context = paneRenderer(this.map, 'context', 300);
    new TerminatorLayer(this.map, context, now);
    this.airspace = new AirspaceLayer(this.map, context);
    this.route.addTo(this.map);
    this.facilities = new FacilityLayer(this.map);
    this.incidents = new IncidentLayer(this.map, handlers.selectIncident);
    this.aircraft = new AircraftLayer(this.map, handlers.selectAircraft);
  }

  render(dirty: ReadonlySet<Topic>): void {
    if (dirty.has('airspace')) this.airspace.render(this.store.airspace.values());
    if (dirty.has('facilities')) this.facilities.render(this.store.facilities.values());
    if (dirty.has('landingSites')) this.facilities.renderLandingSites(this.store.landingSites.values());
    if (dirty.has('incidents')) this.incidents.render(this.store.incidents.values(), this.selectedIncident);
    // Aircraft labels keep off facility, landing-site and incident symbols, so those changes re-place them too.
    if (dirty.has('aircraft') || dirty.has('incidents') || dirty.has('facilities') || dirty.has('landingSites')) this.aircraft.render(this.store);
    if (!this.fitted && this.store.aircraft.size + this.store.facilities.size > 0) {
      this.fitted = true;
      this.fitToPicture();
    }
  }

  fitToPicture(): void {
    const pts: L.LatLngExpression[] = [];
    for (const f of this.store.facilities.values()) pts.push([f.position.lat, f.position.lon]);
    for (const a of this.store.aircraft.values()) if (a.position) pts.push([a.position.lat, a.position.lon]);
    if (pts.length) this.map.fitBounds(L.latLngBounds(pts).pad(0.15), { maxZoom: 9 });
  }

  select(incidentId: string | null): void {
    this.selectedIncident = incidentId;
    this.incidents.render(this.store.incidents.values(), incidentId);
    const i = incidentId ? this.store.incidents.get(incidentId) : undefined;
    if (i?.pickup) this.map.panTo([i.pickup.lat, i.pickup.lon]);
  }

  showRoute(option: TaskingOption | null): void {
    this.route.clearLayers();
    if (!option?.route) return;
    const colour = option.feasible ? '#56B4E9' : '#E69F00';
    this.route.addLayer(L.geoJSON(option.route, { style: { color: '#000', weight: 7, opacity: 0.6 } }));
    this.route.addLayer(L.geoJSON(option.route, { style: { color: colour, weight: 4, dashArray: option.feasible ? undefined : '8 6' } } as L.GeoJSONOptions));
  }

  invalidateSize(): void {
    this.map.invalidateSize();
  }
}
