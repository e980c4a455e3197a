import { besideSymbol, CORNERS, lastFirst, overlaps, SIDES, type LabelSide, type ScreenBox } from './declutter';

/** A facility's or landing site's name as the map would draw it, in screen pixels. */
export interface GroundLabel {
  id: string;
  symbol: ScreenBox;
  width: number;
  height: number;
  /** A facility's name is always shown (where a casualty can go); a landing site's name gives way to it. */
  required: boolean;
}

/** Where one name is drawn; null: hidden because every place for it would lie on a facility's name or symbol. */
export type GroundPlacement = { box: ScreenBox; side: LabelSide } | null;

const ORDER: readonly LabelSide[] = [...SIDES, ...CORNERS];

/**
 * Places facility and landing-site names so that none lies on another: at zoom 10 a camp's hospital, clinic and
 * helipad are a few pixels apart and their names, all drawn to the right, printed over each other. Facility names
 * go first, each on the first side (the aircraft labels' order, then the corners) clear of every other symbol and
 * placed name, else clear of names only, else to the right: a facility name is never hidden. A landing-site name
 * then takes a side clear of every name and facility symbol (of every symbol if it can), or is hidden (its "H" symbol stays; zooming in
 * makes room). Last pass's side is tried first, so names do not hop while the map pans.
 */
export function placeGroundLabels(labels: readonly GroundLabel[], gap: number, previousSides: ReadonlyMap<string, LabelSide> = new Map()): Map<string, GroundPlacement> {
  const ordered = [...labels].sort((a, b) => Number(b.required) - Number(a.required) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const facilitySymbols = labels.filter((l) => l.required);
  const placed: ScreenBox[] = [];
  const result = new Map<string, GroundPlacement>();
  for (const l of ordered) {
    const order = lastFirst(ORDER, previousSides.get(l.id));
    const at = (side: LabelSide): ScreenBox => besideSymbol(l.symbol, l.width, l.height, l.height, side, gap);
    const clearOfNames = (box: ScreenBox): boolean => !placed.some((p) => overlaps(box, p, 0));
    const clearOf = (symbols: readonly GroundLabel[]) => (box: ScreenBox): boolean => clearOfNames(box) && !symbols.some((o) => o !== l && overlaps(box, o.symbol, 0));
    const tests = l.required ? [clearOf(labels), clearOfNames] : [clearOf(labels), clearOf(facilitySymbols)];
    let choice: GroundPlacement = null;
    for (const ok of tests) {
      const side = order.find((s) => ok(at(s)));
      if (side) {
        choice = { box: at(side), side };
        break;
      }
    }
    if (!choice && l.required) choice = { box: at('right'), side: 'right' };
    if (choice) placed.push(choice.box);
    result.set(l.id, choice);
  }
  return result;
}
