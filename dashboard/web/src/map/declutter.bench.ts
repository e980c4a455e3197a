import { bench, describe } from 'vitest';
import { declutter, membership, sides, type ScreenAircraft } from './declutter';

// The dashboard's render-load picture (500 aircraft) spread over a laptop map, a 4K wall map and a crowded corner:
// one declutter pass runs on every aircraft redraw, so it must stay a small part of a frame.
const METRICS = { symbolHalfWidth: 18, symbolHalfHeight: 16, labelGap: 2, lineHeight: 17, maxListed: 6, moreWidth: 60 };

function fleet(width: number, height: number, seed: number): ScreenAircraft[] {
  let s = seed;
  const next = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: 500 }, (_, i) => ({ id: `AC${i}`, x: next() * width, y: next() * height, labelWidth: 60 + next() * 50, sortKey: `CS ${i}` }));
}

describe('declutter 500 aircraft, steady state (previous pass given)', () => {
  for (const [name, w, h] of [['1366x768', 1366, 768], ['3840x2160', 3840, 2160], ['400x300', 400, 300]] as const) {
    const aircraft = fleet(w, h, 1);
    const first = declutter(aircraft, METRICS, { selectedId: 'AC3' });
    const options = { selectedId: 'AC3', previous: membership(first), previousSides: sides(first), hysteresisPx: 6 };
    bench(name, () => {
      declutter(aircraft, METRICS, options);
    });
  }
});
