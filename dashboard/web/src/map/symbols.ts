import ms from 'milsymbol';
import type { Symbol as MilSymbol } from 'milsymbol';
import { aircraftStatusStyle, facilityStatusStyle } from '../ui/palette';

// APP-6 symbols are costly to build (SVG string generation), so each distinct look is built once.
// Aircraft headings are bucketed to 5° for the direction-of-movement indicator: at most 72 per status.

const cache = new Map<string, { url: string; anchorX: number; anchorY: number; width: number; height: number }>();

const AIRCRAFT_SIDC = 'SFAPMHH---'; // friendly, air, military rotary wing, CASEVAC/CSAR role
const FACILITY_SIDC = 'SFGPIXH---'; // friendly, ground installation, medical facility (hospital)

export interface SymbolImage {
  url: string;
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
}

function build(key: string, make: () => MilSymbol): SymbolImage {
  const hit = cache.get(key);
  if (hit) return hit;
  const sym = make();
  const size = sym.getSize();
  const anchor = sym.getAnchor();
  const img = {
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sym.asSVG())}`,
    anchorX: anchor.x,
    anchorY: anchor.y,
    width: size.width,
    height: size.height,
  };
  cache.set(key, img);
  return img;
}

export function headingBucket(headingDeg: number): number {
  return ((Math.round(headingDeg / 5) * 5) % 360 + 360) % 360;
}

export function aircraftSymbol(status: string, headingDeg: number, sizePx: number): SymbolImage {
  const colour = aircraftStatusStyle(status).colour;
  const heading = headingBucket(headingDeg);
  return build(`a|${colour}|${heading}|${sizePx}`, () => new ms.Symbol(AIRCRAFT_SIDC, { size: sizePx, fillColor: colour, direction: heading, outlineWidth: 3, outlineColor: '#111' }));
}

export function facilitySymbol(status: string, level: string, sizePx: number): SymbolImage {
  const colour = facilityStatusStyle(status).colour;
  return build(`f|${colour}|${level}|${sizePx}`, () =>
    new ms.Symbol(FACILITY_SIDC, { size: sizePx, fillColor: colour, outlineWidth: 3, outlineColor: '#111', infoColor: '#fff', uniqueDesignation: `L${level}` }),
  );
}

export function symbolCacheSize(): number {
  return cache.size;
}
