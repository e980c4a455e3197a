import { describe, expect, it } from 'vitest';
import type { ScreenBox } from './declutter';
import { placeGroundLabels, type GroundLabel } from './groundLabels';

/** Web Mercator, as Leaflet's default CRS places a point at a zoom (256 px tiles). */
function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return { x: (scale * (lon + 180)) / 360, y: (scale * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI)) / 2 };
}

/** A 24 px symbol centred on the point, its one-line name 17 px high (0.78 rem bold at 16 px per rem). */
function label(id: string, lat: number, lon: number, width: number, required: boolean, zoom = 10): GroundLabel {
  const p = project(lat, lon, zoom);
  return { id, symbol: { x: p.x - 12, y: p.y - 12, width: 24, height: 24 }, width, height: 17, required };
}

// The demo's Gao camp: Level II hospital, Level I clinic and the airport's helipad within 1 km (scenario data).
function gao(zoom = 10): GroundLabel[] {
  return [
    label('GAO-L2', 16.256, -0.012, 165, true, zoom),
    label('GAO-L1', 16.252, -0.002, 185, true, zoom),
    label('GAO-AB', 16.2484, -0.0054, 300, false, zoom),
  ];
}

function touch(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('placeGroundLabels', () => {
  it('shows both Gao facility names at zoom 10 with no name on another', () => {
    const placed = placeGroundLabels(gao(), 2);

    const boxes = [...placed.values()].filter((p) => p !== null).map((p) => p.box);
    expect(placed.get('GAO-L2')).not.toBeNull();
    expect(placed.get('GAO-L1')).not.toBeNull();
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(touch(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('keeps a helipad name off every facility symbol and name, or hides it', () => {
    const all = gao();
    const placed = placeGroundLabels(all, 2);

    const helipad = placed.get('GAO-AB');
    if (helipad) {
      for (const f of all.filter((l) => l.required)) {
        expect(touch(helipad.box, f.symbol)).toBe(false);
        expect(touch(helipad.box, placed.get(f.id)!.box)).toBe(false);
      }
    }
  });

  it('hides the helipad name, never the facility name, when every place for it lies on the facility', () => {
    // A helipad inside a big facility symbol (a camp drawn at its footprint): no room for its name anywhere.
    const facility = { id: 'F', symbol: { x: 0, y: 0, width: 1000, height: 1000 }, width: 400, height: 17, required: true };
    const helipad = { id: 'H', symbol: { x: 488, y: 488, width: 24, height: 24 }, width: 120, height: 17, required: false };
    const blocked = { id: 'G', symbol: { x: 1001, y: 0, width: 1000, height: 1000 }, width: 400, height: 17, required: true };

    const placed = placeGroundLabels([helipad, facility, blocked], 2);

    expect(placed.get('H')).toBeNull();
    expect(placed.get('F')).not.toBeNull();
    expect(placed.get('G')).not.toBeNull();
  });

  it('separates names that would each be drawn on the right of symbols side by side', () => {
    const a = { id: 'A', symbol: { x: 100, y: 100, width: 24, height: 24 }, width: 120, height: 17, required: true };
    const b = { id: 'B', symbol: { x: 130, y: 100, width: 24, height: 24 }, width: 120, height: 17, required: true };

    const placed = placeGroundLabels([a, b], 2);

    expect(touch(placed.get('A')!.box, placed.get('B')!.box)).toBe(false);
    expect(touch(placed.get('A')!.box, b.symbol)).toBe(false);
  });

  it('tries last pass\'s side first, so a name does not hop while the map pans', () => {
    const lone = { id: 'A', symbol: { x: 100, y: 100, width: 24, height: 24 }, width: 120, height: 17, required: true };

    expect(placeGroundLabels([lone], 2).get('A')!.side).toBe('right');
    expect(placeGroundLabels([lone], 2, new Map([['A', 'below' as const]])).get('A')!.side).toBe('below');
  });
});
