import ms from 'milsymbol';
import type { Symbol as MilSymbol } from 'milsymbol';
import { aircraftStatusStyle, facilityStatusStyle } from '../ui/palette';

// APP-6 symbols are costly to build (SVG string generation), so each distinct look is built once; the heading is a
// separate rotated arrow so 500 turning aircraft never rebuild or re-decode a symbol.

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

export function facilitySymbol(status: string, level: string, sizePx: number): SymbolImage {
  const colour = facilityStatusStyle(status).colour;
  return build(`f|${colour}|${level}|${sizePx}`, () =>
    new ms.Symbol(FACILITY_SIDC, { size: sizePx, fillColor: colour, outlineWidth: 3, outlineColor: '#111', infoColor: '#fff', uniqueDesignation: `L${level}` }),
  );
}

export function symbolCacheSize(): number {
  return cache.size;
}

const canvasCache = new Map<string, SymbolImage & { image: HTMLCanvasElement }>();

/** The aircraft symbol as a canvas, for drawing many aircraft on one map canvas. */
export function aircraftSymbolCanvas(status: string, sizePx: number): SymbolImage & { image: HTMLCanvasElement } {
  const colour = aircraftStatusStyle(status).colour;
  const key = `${colour}|${sizePx}`;
  const hit = canvasCache.get(key);
  if (hit) return hit;
  const sym = new ms.Symbol(AIRCRAFT_SIDC, { size: sizePx, fillColor: colour, outlineWidth: 3, outlineColor: '#111' });
  const image = sym.asCanvas(window.devicePixelRatio || 1);
  const size = sym.getSize();
  const anchor = sym.getAnchor();
  const made = { image, url: '', anchorX: anchor.x, anchorY: anchor.y, width: size.width, height: size.height };
  canvasCache.set(key, made);
  return made;
}
