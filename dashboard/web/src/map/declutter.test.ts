import { describe, expect, it } from 'vitest';
import { declutter, membership, sides, type AircraftGroup, type DeclutterMetrics, type ScreenAircraft, type ScreenBox } from './declutter';

// Sizes as drawn at 16 px per rem: a 1.6 rem rotary-wing symbol with its count badge, 12.5 px bold callsigns.
const METRICS: DeclutterMetrics = { symbolHalfWidth: 18, symbolHalfHeight: 16, labelGap: 2, lineHeight: 17, maxListed: 6, moreWidth: 60 };

/** Web Mercator, as Leaflet's default CRS places a point at a zoom (256 px tiles). */
function project(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return { x: (scale * (lon + 180)) / 360, y: (scale * (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI)) / 2 };
}

function at(id: string, lat: number, lon: number, zoom: number, labelWidth = 95): ScreenAircraft {
  return { id, ...project(lat, lon, zoom), labelWidth, sortKey: id };
}

// Three helicopters about 11 km apart on a north-south line by Gao airport (16.25 N, 0.01 W).
function gaoTrio(zoom: number): ScreenAircraft[] {
  return [at('DUSTOFF 11', 16.25, -0.01, zoom), at('DUSTOFF 12', 16.35, -0.01, zoom), at('ANGEL 21', 16.15, -0.01, zoom)];
}

function boxesTouch(a: ScreenBox, b: ScreenBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** What would make either marker unreadable: symbols on each other, or a label on the other's label or symbol. */
function markersTouch(a: AircraftGroup, b: AircraftGroup): boolean {
  return boxesTouch(a.symbol, b.symbol) || boxesTouch(a.label, b.label) || boxesTouch(a.label, b.symbol) || boxesTouch(b.label, a.symbol);
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('declutter', () => {
  it('makes three aircraft within 10 px of each other at zoom 6 one marker of 3 listing every callsign', () => {
    const trio = gaoTrio(6);
    expect(Math.abs(trio[1]!.y - trio[2]!.y)).toBeLessThan(10);

    const groups = declutter(trio, METRICS);

    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(3);
    expect(groups[0]!.listed).toEqual(['ANGEL 21', 'DUSTOFF 11', 'DUSTOFF 12']);
    expect(groups[0]!.more).toBe(0);
    expect(groups[0]!.label.height).toBe(3 * METRICS.lineHeight);
  });

  it('shows the same three aircraft as three separate markers at zoom 10', () => {
    const groups = declutter(gaoTrio(10), METRICS);

    expect(groups.map((g) => g.members)).toEqual([['ANGEL 21'], ['DUSTOFF 11'], ['DUSTOFF 12']]);
  });

  it('puts a label on the left, not over the neighbour\'s symbol on its right, and keeps both aircraft apart', () => {
    const left = { id: 'A', x: 100, y: 100, labelWidth: 95 };
    const right = { id: 'B', x: 100 + 2 * METRICS.symbolHalfWidth + 60, y: 100, labelWidth: 95 };

    const groups = declutter([left, right], METRICS);

    expect(groups.map((g) => [g.id, g.side])).toEqual([['A', 'left'], ['B', 'right']]);
    expect(groups[0]!.label.x + groups[0]!.label.width).toBeLessThanOrEqual(groups[0]!.symbol.x);
  });

  it('groups an aircraft boxed in on every side with the neighbour in the way of its label', () => {
    const x = { id: 'X', x: 200, y: 200, labelWidth: 95 };
    const east = { id: 'E', x: 270, y: 200, labelWidth: 95 };
    const west = { id: 'W', x: 130, y: 200, labelWidth: 95 };
    const south = { id: 'S', x: 200, y: 240, labelWidth: 95 };
    const north = { id: 'N', x: 200, y: 160, labelWidth: 95 };

    const groups = declutter([x, east, west, south, north], METRICS);

    const home = groups.find((g) => g.members.includes('X'))!;
    expect(home.id).toBe('E');
    expect(home.members).toEqual(['E', 'X']);
    expect(groups).toHaveLength(4);
  });

  it('tries last pass\'s side first, so a label with room on both sides does not hop', () => {
    const lone = [{ id: 'A', x: 300, y: 300, labelWidth: 80 }];

    expect(declutter(lone, METRICS)[0]!.side).toBe('right');
    const again = declutter(lone, METRICS, { previousSides: new Map([['A', 'left' as const]]) });
    expect(again[0]!.side).toBe('left');
    expect(sides(again)).toEqual(new Map([['A', 'left']]));
  });

  it('never hides the selected aircraft: it leads its group, is drawn at its own place and is listed first', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => ({ id: `HELO ${i}`, x: 300 + i, y: 200, labelWidth: 90, sortKey: `HELO ${i}` }));

    const groups = declutter(crowd, { ...METRICS, maxListed: 3 }, { selectedId: 'HELO 9' });

    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.id).toBe('HELO 9');
    expect({ x: g.x, y: g.y }).toEqual({ x: 309, y: 200 });
    expect(g.listed).toEqual(['HELO 9', 'HELO 0']);
    expect(g.more).toBe(8);
  });

  it('keeps the selected aircraft first even when a previous pass had another leader', () => {
    const pair = [{ id: 'A', x: 50, y: 50, labelWidth: 80 }, { id: 'B', x: 52, y: 50, labelWidth: 80 }];
    const previous = new Map([['A', 'A'], ['B', 'A']]);

    expect(declutter(pair, METRICS, { selectedId: 'B', previous })[0]!.listed[0]).toBe('B');
  });

  it('folds a crowd beyond the list length into a "+N more" line sized into its box', () => {
    const crowd = Array.from({ length: 9 }, (_, i) => ({ id: `H${i}`, x: 400, y: 300, labelWidth: 40 }));

    const [g] = declutter(crowd, METRICS);

    expect(g!.listed).toHaveLength(METRICS.maxListed - 1);
    expect(g!.more).toBe(4);
    expect(g!.label.height).toBe(METRICS.maxListed * METRICS.lineHeight);
    expect(g!.label.width).toBe(METRICS.moreWidth);
  });

  it('places the list right of the symbol, first line on the symbol, as wide as the widest listed line', () => {
    const [g] = declutter([{ id: 'A', x: 100, y: 100, labelWidth: 70 }, { id: 'B', x: 101, y: 101, labelWidth: 120 }], METRICS);

    expect(g!.label).toEqual({ x: 100 + METRICS.symbolHalfWidth + METRICS.labelGap, y: 100 - METRICS.lineHeight / 2, width: 120, height: 2 * METRICS.lineHeight });
  });

  it('keeps last pass leader in place when a member with an earlier callsign is now in the group', () => {
    const a = { id: 'ALPHA', x: 200, y: 200, labelWidth: 80 };
    const z = { id: 'ZULU', x: 205, y: 203, labelWidth: 80 };

    expect(declutter([a, z], METRICS, { previous: new Map([['ZULU', 'ZULU']]) })[0]!.id).toBe('ZULU');
    expect(declutter([a, z], METRICS)[0]!.id).toBe('ALPHA');
  });

  it('lets a member drift a few pixels past touching before it leaves its group, but not a newcomer join', () => {
    const leader = { id: 'A', x: 100, y: 100, labelWidth: 80 };
    // Directly below, its symbol top 3 px under the bottom of the leader's symbol or one-line list.
    const drifted = { id: 'B', x: 100, y: 100 + 2 * METRICS.symbolHalfHeight + 3, labelWidth: 80 };

    expect(declutter([leader, drifted], METRICS)).toHaveLength(2);
    expect(declutter([leader, drifted], METRICS, { previous: new Map([['A', 'A'], ['B', 'A']]), hysteresisPx: 6 })).toHaveLength(1);
    const far = { ...drifted, y: drifted.y + 10 };
    expect(declutter([leader, far], METRICS, { previous: new Map([['A', 'A'], ['B', 'A']]), hysteresisPx: 6 })).toHaveLength(2);
  });

  it('keeps a label off a facility symbol when another side is clear, and over it rather than group aircraft', () => {
    const lone = { id: 'A', x: 300, y: 300, labelWidth: 80 };
    const hospitalOnTheRight = { x: 330, y: 290, width: 30, height: 20 };

    expect(declutter([lone], METRICS, { avoid: [hospitalOnTheRight] })[0]!.side).toBe('left');
    const everywhere = { x: 0, y: 0, width: 1000, height: 1000 };
    expect(declutter([lone], METRICS, { avoid: [everywhere] }).map((g) => [g.members, g.side])).toEqual([[['A'], 'right']]);
  });

  it('gives the same markers whatever order the aircraft arrive in', () => {
    const next = random(7);
    const fleet = Array.from({ length: 60 }, (_, i) => ({ id: `AC${i}`, x: next() * 600, y: next() * 400, labelWidth: 60 + next() * 50 }));
    const shuffled = [...fleet].sort(() => next() - 0.5);

    expect(declutter(shuffled, METRICS, { selectedId: 'AC5' })).toEqual(declutter(fleet, METRICS, { selectedId: 'AC5' }));
  });

  it('leaves no two markers touching and every aircraft in exactly one marker, however crowded', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const next = random(seed);
      const n = 5 + Math.floor(next() * 200);
      const fleet = Array.from({ length: n }, (_, i) => ({ id: `AC${i}`, x: next() * 1366, y: next() * 768, labelWidth: 50 + next() * 80 }));
      const selectedId = `AC${Math.floor(next() * n)}`;

      const groups = declutter(fleet, METRICS, { selectedId });

      const all = groups.flatMap((g) => g.members).sort();
      expect(all).toEqual(fleet.map((a) => a.id).sort());
      for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) expect(markersTouch(groups[i]!, groups[j]!), `seed ${seed}`).toBe(false);
      expect(groups.some((g) => g.id === selectedId && g.listed[0] === selectedId)).toBe(true);
    }
  });

  it('reports each member with its group id for the next pass', () => {
    const groups = declutter(gaoTrio(6), METRICS);

    expect(membership(groups)).toEqual(new Map([['ANGEL 21', 'ANGEL 21'], ['DUSTOFF 11', 'ANGEL 21'], ['DUSTOFF 12', 'ANGEL 21']]));
  });

  it('puts the Gao group\'s list on a clear corner when every side would cover the hospital or a helipad', () => {
    // The opening zoom's Gao group: the hospital's symbol right of the aircraft, helipads left, below and above.
    const trio = gaoTrio(6).map((a) => ({ ...a, labelWidth: 110 }));
    const [lead] = declutter(trio, METRICS);
    const c = { x: lead!.x, y: lead!.y };
    const hospital = { x: c.x + 25, y: c.y - 12, width: 24, height: 24 };
    const helipads = [
      { x: c.x - 60, y: c.y - 12, width: 24, height: 24 },
      { x: c.x - 12, y: c.y + 30, width: 24, height: 24 },
      { x: c.x - 12, y: c.y - 50, width: 24, height: 24 },
    ];
    const avoid = [hospital, ...helipads];

    const [g] = declutter(trio, METRICS, { avoid });

    expect(g!.members).toHaveLength(3);
    expect(g!.side).toBe('below-right');
    for (const b of avoid) expect(boxesTouch(g!.label, b)).toBe(false);
    expect(g!.label.x).toBeGreaterThanOrEqual(g!.symbol.x + g!.symbol.width);
    expect(g!.label.y).toBeGreaterThanOrEqual(g!.symbol.y + g!.symbol.height);
  });

  it('keeps a corner label on its corner while it stays clear, even once a side frees up', () => {
    const lone = [{ id: 'A', x: 300, y: 300, labelWidth: 80 }];

    const again = declutter(lone, METRICS, { previousSides: new Map([['A', 'above-left' as const]]) });

    expect(again[0]!.side).toBe('above-left');
    expect(again[0]!.label.x + again[0]!.label.width).toBeLessThanOrEqual(again[0]!.symbol.x);
    expect(again[0]!.label.y + again[0]!.label.height).toBeLessThanOrEqual(again[0]!.symbol.y);
  });

  it('still groups an aircraft whose every side and corner are taken by other aircraft', () => {
    const x = { id: 'X', x: 200, y: 200, labelWidth: 95 };
    const ring = [[70, 0], [-70, 0], [0, 40], [0, -40], [70, 40], [-70, 40], [70, -40], [-70, -40]].map(([dx, dy], i) => ({ id: `R${i}`, x: 200 + dx!, y: 200 + dy!, labelWidth: 95 }));
    const hospital = { x: 0, y: 0, width: 1000, height: 1000 };

    const groups = declutter([x, ...ring], METRICS, { avoid: [hospital] });

    expect(groups.find((g) => g.members.includes('X'))!.members.length).toBeGreaterThan(1);
  });

  it('covers as little of the ground symbols as it can when every place for its list covers some', () => {
    const lone = { id: 'A', x: 300, y: 300, labelWidth: 80 };
    const camp = { x: 0, y: 0, width: 1000, height: 1000 };
    const hospitalOnTheRight = { x: 330, y: 290, width: 30, height: 20 };

    const [g] = declutter([lone], METRICS, { avoid: [camp, hospitalOnTheRight] });

    expect(g!.side).toBe('left');
  });
});
