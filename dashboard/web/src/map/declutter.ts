/** A box in screen pixels (x, y: top-left). */
export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One aircraft as the map would draw it: its symbol's centre in screen pixels and the width of its label line. */
export interface ScreenAircraft {
  id: string;
  x: number;
  y: number;
  labelWidth: number;
  /** Order of the callsign list and of the keyboard tab stops (the callsign); the id when absent. */
  sortKey?: string;
}

/** Sizes in screen pixels, from the symbol and font actually drawn. */
export interface DeclutterMetrics {
  /** Half the symbol's width and height (the count badge included), around its centre. */
  symbolHalfWidth: number;
  symbolHalfHeight: number;
  /** Gap between the symbol's right edge and its label. */
  labelGap: number;
  lineHeight: number;
  /** Most label lines one marker lists; a bigger group lists one fewer and ends with a "+N more" line. */
  maxListed: number;
  /** Width of the "+N more" line. */
  moreWidth: number;
}

export interface DeclutterOptions {
  /** The selected aircraft: always its group's symbol and the first line of its list, never in "+N more". */
  selectedId?: string | null;
  /** Last pass: member id → its group's id. Keeps leaders and memberships steady while aircraft drift. */
  previous?: ReadonlyMap<string, string>;
  /** How far (px) a member may drift past touching before it leaves the group it was in: no flicker at the edge. */
  hysteresisPx?: number;
  /** What else is on the map (facility and landing-site symbols): a label takes a side clear of these when one is
   * free of aircraft too, and lies over them rather than hide an aircraft in a group. */
  avoid?: readonly ScreenBox[];
  /** Last pass: group id → the side its label was on; tried first, so labels do not hop from side to side. */
  previousSides?: ReadonlyMap<string, LabelSide>;
}

/** Where a marker's label sits around its symbol, in the order they are tried (right reads most naturally). The
 * diagonal corners come last: a list there reads less clearly as its symbol's, so one is taken only to keep a
 * facility, landing-site or incident symbol readable when every side would cover one. */
export type LabelSide = 'right' | 'left' | 'below' | 'above' | 'below-right' | 'below-left' | 'above-right' | 'above-left';
export const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];
export const CORNERS: readonly LabelSide[] = ['below-right', 'below-left', 'above-right', 'above-left'];

/** A list on this side is right-aligned, so every line ends next to the symbol it belongs to. */
export function isLeftOfSymbol(side: LabelSide): boolean {
  return side === 'left' || side === 'below-left' || side === 'above-left';
}

/** One marker on the map: a lone aircraft, or co-located aircraft shown as one symbol with a count and a list. */
export interface AircraftGroup {
  /** The leader's id; the group is drawn at the leader's position. */
  id: string;
  x: number;
  y: number;
  /** Every member, leader first, then by sort key. */
  members: string[];
  /** Members with a label line, in drawing order (leader first). */
  listed: string[];
  /** Members folded into the "+N more" line. */
  more: number;
  symbol: ScreenBox;
  label: ScreenBox;
  side: LabelSide;
}

interface Work {
  /** Creation order: an earlier group has priority (it keeps the lead when two merge). */
  rank: number;
  leader: ScreenAircraft;
  members: ScreenAircraft[];
  /** The first members after the leader by sort key, only as many as a list can show (keeps a join O(maxListed)). */
  head: ScreenAircraft[];
  symbol: ScreenBox;
  label: ScreenBox;
  side: LabelSide;
  placed: boolean;
}

/**
 * Decides what the map draws so that every label stays readable on a wall screen. Aircraft whose symbols touch at
 * this zoom (helicopters parked at one base) become one marker: one symbol, a count badge, and their callsigns
 * listed one under the other. Each marker's list then goes on the first side of its symbol (right, left, below,
 * above) that is clear of every other symbol and label, or when every side covers a ground symbol, on a clear
 * diagonal corner; a marker with no side free of aircraft joins the one in its way.
 * Works on screen pixels only, so zooming in (points move apart) separates markers again. The result does not
 * depend on input order; no two symbols touch, and no label touches another label or another marker's symbol.
 */
export function declutter(aircraft: readonly ScreenAircraft[], metrics: DeclutterMetrics, options: DeclutterOptions = {}): AircraftGroup[] {
  const selected = options.selectedId ?? null;
  const previous = options.previous ?? new Map<string, string>();
  const previousSides = options.previousSides ?? new Map<string, LabelSide>();
  const hysteresis = options.hysteresisPx ?? 0;
  const avoid = options.avoid ?? [];
  const wasLeader = new Set(previous.values());
  // Seeds in priority order: the selected aircraft leads whatever it touches, then last pass's leaders keep their
  // place (a group does not jump to another member's position), then the rest by callsign.
  const rank = (a: ScreenAircraft): number => (a.id === selected ? 0 : wasLeader.has(a.id) ? 1 : 2);
  const ordered = [...aircraft].sort((a, b) => rank(a) - rank(b) || byKey(a, b));

  // 1. Symbols that touch make one marker.
  const groups: Work[] = [];
  for (const a of ordered) {
    const before = previous.get(a.id);
    const symbol = symbolBox(a, metrics);
    let home: Work | undefined;
    for (const g of groups) {
      if (!overlaps(symbol, g.symbol, before === g.leader.id ? hysteresis : 0)) continue;
      if (!home || g.leader.id === before) home = g;
      if (g.leader.id === before) break;
    }
    if (home) join(home, [a], metrics);
    else groups.push({ rank: groups.length, leader: a, members: [a], head: [], symbol, label: labelAt(symbol, a.labelWidth, 1, 'right', metrics), side: 'right', placed: false });
  }

  // 2. Labels, by priority, on the first clear side; no clear side: merge with what is in the way and try again.
  // Each turn places one marker or removes one, so this ends; the survivor of a merge is placed again.
  const alive = new Set(groups);
  for (;;) {
    let g: Work | undefined;
    for (const x of alive) if (!x.placed && (!g || x.rank < g.rank)) g = x;
    if (!g) break;
    const size = labelSize(g, metrics);
    const last = previousSides.get(g.leader.id);
    const self = g;
    let blocker: Work | undefined;
    let found: { label: ScreenBox; side: LabelSide } | undefined;
    // Free of aircraft but on a ground symbol: the least covered wins, so a facility stays as readable as it can.
    let fallback: { label: ScreenBox; side: LabelSide; covered: number } | undefined;
    const consider = (side: LabelSide, isSide: boolean): boolean => {
      const label = labelAt(self.symbol, size.width, size.lines, side, metrics);
      const hit = firstBlocking(label, self, alive);
      if (hit) {
        if (isSide) blocker ??= hit;
        return false;
      }
      const covered = avoid.reduce((sum, b) => sum + overlapArea(label, b), 0);
      if (covered === 0) {
        found = { label, side };
        return true;
      }
      if (!fallback || covered < fallback.covered) fallback = { label, side, covered };
      return false;
    };
    const sideOrder = lastFirst(SIDES, last);
    const cornerOrder = lastFirst(CORNERS, last);
    const first = last && CORNERS.includes(last) && consider(last, false);
    if (!first) for (const side of sideOrder) if (consider(side, true)) break;
    // Every side covers a ground symbol, yet one is free of aircraft: a clear corner keeps both readable.
    if (!found && fallback) for (const side of cornerOrder) if (consider(side, false)) break;
    if (found) fallback = { ...found, covered: 0 };
    if (fallback) {
      Object.assign(g, { label: fallback.label, side: fallback.side, placed: true });
      continue;
    }
    if (!blocker) break; // unreachable: every side is either clear or blocked
    const [keep, gone] = g.rank < blocker.rank ? [g, blocker] : [blocker, g];
    join(keep, gone.members, metrics);
    alive.delete(gone);
    keep.placed = false;
  }

  return [...alive]
    .sort((a, b) => a.rank - b.rank)
    .map((g) => {
      const members = [g.leader, ...g.members.filter((m) => m !== g.leader).sort(byKey)];
      const listed = members.slice(0, listedCount(members.length, metrics.maxListed));
      return {
        id: g.leader.id,
        x: g.leader.x,
        y: g.leader.y,
        members: members.map((m) => m.id),
        listed: listed.map((m) => m.id),
        more: members.length - listed.length,
        symbol: g.symbol,
        label: g.label,
        side: g.side,
      };
    });
}

/** The marker whose symbol, or placed label, a label would touch. */
function firstBlocking(label: ScreenBox, self: Work, alive: ReadonlySet<Work>): Work | undefined {
  for (const o of alive) {
    if (o === self) continue;
    if (overlaps(label, o.symbol, 0) || (o.placed && overlaps(label, o.label, 0))) return o;
  }
  return undefined;
}

/** Last pass's label sides, for the next pass's `previousSides`. */
export function sides(groups: readonly AircraftGroup[]): Map<string, LabelSide> {
  return new Map(groups.map((g) => [g.id, g.side]));
}

/** Member → group id, for the next pass's `previous`. */
export function membership(groups: readonly AircraftGroup[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const g of groups) for (const m of g.members) map.set(m, g.id);
  return map;
}

/** How many label lines of aircraft a group of `count` shows (the leader always among them). */
function listedCount(count: number, maxListed: number): number {
  const max = Math.max(2, maxListed);
  return count <= max ? count : max - 1;
}

function join(g: Work, arrivals: readonly ScreenAircraft[], m: DeclutterMetrics): void {
  const keep = Math.max(2, m.maxListed) - 1;
  for (const a of arrivals) {
    g.members.push(a);
    if (a === g.leader) continue;
    const at = g.head.findIndex((h) => byKey(a, h) < 0);
    if (at >= 0) g.head.splice(at, 0, a);
    else g.head.push(a);
    if (g.head.length > keep) g.head.pop();
  }
}

function symbolBox(a: ScreenAircraft, m: DeclutterMetrics): ScreenBox {
  return { x: a.x - m.symbolHalfWidth, y: a.y - m.symbolHalfHeight, width: 2 * m.symbolHalfWidth, height: 2 * m.symbolHalfHeight };
}

/** The list's size: one line per listed member (leader first), then "+N more"; as wide as its widest line. */
function labelSize(g: Work, m: DeclutterMetrics): { width: number; lines: number } {
  const shown = listedCount(g.members.length, m.maxListed);
  const listed = [g.leader, ...g.head.slice(0, shown - 1)];
  const more = g.members.length - shown;
  return { width: Math.max(...listed.map((x) => x.labelWidth), more > 0 ? m.moreWidth : 0), lines: shown + (more > 0 ? 1 : 0) };
}

function labelAt(symbol: ScreenBox, width: number, lines: number, side: LabelSide, m: DeclutterMetrics): ScreenBox {
  return besideSymbol(symbol, width, lines * m.lineHeight, m.lineHeight, side, m.labelGap);
}

/** Where a label of this size sits on `side` of a symbol. Right and left: first line (`lineHeight`) level with the
 * symbol's centre; below and above: centred under or over it; corners: off the symbol's corner. */
export function besideSymbol(symbol: ScreenBox, width: number, height: number, lineHeight: number, side: LabelSide, gap: number): ScreenBox {
  const cx = symbol.x + symbol.width / 2;
  const cy = symbol.y + symbol.height / 2;
  const right = symbol.x + symbol.width + gap;
  const left = symbol.x - gap - width;
  const below = symbol.y + symbol.height + gap;
  const above = symbol.y - gap - height;
  switch (side) {
    case 'right':
      return { x: right, y: cy - lineHeight / 2, width, height };
    case 'left':
      return { x: left, y: cy - lineHeight / 2, width, height };
    case 'below':
      return { x: cx - width / 2, y: below, width, height };
    case 'above':
      return { x: cx - width / 2, y: above, width, height };
    case 'below-right':
      return { x: right, y: below, width, height };
    case 'below-left':
      return { x: left, y: below, width, height };
    case 'above-right':
      return { x: right, y: above, width, height };
    case 'above-left':
      return { x: left, y: above, width, height };
  }
}

/** `order` with last pass's choice first when it is one of them: while it stays clear, a label does not hop back and
 * forth between passes. */
export function lastFirst(order: readonly LabelSide[], last: LabelSide | undefined): readonly LabelSide[] {
  return last && order.includes(last) ? [last, ...order.filter((s) => s !== last)] : order;
}

/** Boxes overlap, with `a` grown by `margin` on every side. */
export function overlaps(a: ScreenBox, b: ScreenBox, margin: number): boolean {
  return a.x - margin < b.x + b.width && b.x < a.x + a.width + margin && a.y - margin < b.y + b.height && b.y < a.y + a.height + margin;
}

function overlapArea(a: ScreenBox, b: ScreenBox): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function byKey(a: ScreenAircraft, b: ScreenAircraft): number {
  return compare(a.sortKey ?? a.id, b.sortKey ?? b.id) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
