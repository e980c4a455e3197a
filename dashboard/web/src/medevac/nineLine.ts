// The 9-line MEDEVAC request (ATP 4-02.2) as the duty officer types or pastes it.
// Validation happens per line before anything is sent; the server re-validates (and its problem
// details are shown against the same line numbers).

import { locationProblem } from '../geo/coordinates';

export type LineNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export const LINE_NUMBERS: readonly LineNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export type NineLineText = Record<LineNumber, string>;

export const LINE_TITLES: Record<LineNumber, string> = {
  1: 'Pickup location (MGRS or lat, lon)',
  2: 'Radio frequency, call sign, suffix',
  3: 'Patients by precedence (A urgent, B urgent-surgical, C priority, D routine, E convenience)',
  4: 'Special equipment (A none, B hoist, C extraction, D ventilator)',
  5: 'Patients by type (L litter, A ambulatory, E escort)',
  6: 'Security at pickup (N, P, E, X) or wounds',
  7: 'Marking (A panels, B pyro, C smoke, D none, E other)',
  8: 'Nationality and status (A-E, with count)',
  9: 'NBC (N, B, C, R) or terrain',
};

export const EXAMPLE_NINE_LINE: NineLineText = {
  1: '30QZD1639100716',
  2: '38.90 DUSTOFF 6',
  3: 'A1 B1 C1',
  4: 'A',
  5: 'L2 A1',
  6: 'P',
  7: 'C',
  8: 'C3',
  9: 'NONE',
};

export function emptyNineLine(): NineLineText {
  return { 1: '', 2: '', 3: '', 4: '', 5: '', 6: '', 7: '', 8: '', 9: '' };
}

/** Counted tokens such as "A1 B2" or "2A"; null when any token is malformed. */
function countedTokens(text: string, letters: RegExp): Map<string, number> | null {
  const tokens = text.toUpperCase().split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const result = new Map<string, number>();
  for (const t of tokens) {
    const m = /^([A-Z])(\d+)$/.exec(t) ?? /^(\d+)([A-Z])$/.exec(t);
    if (!m) return null;
    const [letter, count] = /^\d/.test(m[1] ?? '') ? [m[2], Number(m[1])] : [m[1], Number(m[2])];
    if (!letter || !letters.test(letter) || count < 1) return null;
    result.set(letter, (result.get(letter) ?? 0) + count);
  }
  return result;
}

const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** Per-line problems; an empty object means the request may be sent. */
export function validateNineLine(lines: NineLineText): Partial<Record<LineNumber, string>> {
  const problems: Partial<Record<LineNumber, string>> = {};
  const l = (n: LineNumber): string => lines[n].trim();

  const loc = locationProblem(l(1));
  if (loc) problems[1] = loc;

  if (!l(2)) problems[2] = 'frequency and call sign are required';

  const precedence = countedTokens(l(3), /^[A-E]$/);
  if (!l(3)) problems[3] = 'number of patients by precedence is required, e.g. A1 B2';
  else if (!precedence) problems[3] = 'use precedence letter A-E with a count, e.g. A1 B2';

  if (!l(4)) problems[4] = 'special equipment is required (A if none)';
  else if (!/^(NONE|[A-D](\s*[, ]\s*[A-D])*)$/i.test(l(4))) problems[4] = 'use A none, B hoist, C extraction, D ventilator';

  const types = countedTokens(l(5), /^[LAE]$/);
  if (!l(5)) problems[5] = 'number of patients by type is required, e.g. L2 A1';
  else if (!types) problems[5] = 'use L (litter), A (ambulatory) or E (escort) with a count, e.g. L2 A1';
  else if (precedence) {
    const patients = total(new Map([...types].filter(([k]) => k !== 'E')));
    if (patients !== total(precedence)) problems[5] = `line 3 counts ${total(precedence)} patients but line 5 counts ${patients}`;
  }

  if (l(6) && /^[A-Z]$/i.test(l(6)) && !/^[NPEX]$/i.test(l(6))) problems[6] = 'use N, P, E or X (or describe the wounds)';
  if (l(7) && !/^[A-E]$/i.test(l(7))) problems[7] = 'use one letter: A panels, B pyro, C smoke, D none, E other';
  if (l(8) && !countedTokens(l(8), /^[A-E]$/) && !/^[A-E](\s*[, ]\s*[A-E])*$/i.test(l(8))) problems[8] = 'use A-E, optionally with a count, e.g. C3';
  return problems;
}

/** Splits a pasted 9-line into its lines. Accepts "LINE 3: ...", "3. ...", "3) ...", or nine bare lines. */
export function parseNineLineText(text: string): { lines: NineLineText; unplaced: string[] } {
  const lines = emptyNineLine();
  const unplaced: string[] = [];
  const raw = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  const numbered = /^(?:LINE\s*)?([1-9])\s*[:.)\-]\s*(.*)$/i;
  const anyNumbered = raw.some((r) => numbered.test(r));
  let next: LineNumber = 1;
  for (const r of raw) {
    const m = anyNumbered ? numbered.exec(r) : null;
    if (m) {
      lines[Number(m[1]) as LineNumber] = (m[2] ?? '').trim();
    } else if (!anyNumbered && next <= 9) {
      lines[next] = r;
      next = (next + 1) as LineNumber;
    } else {
      unplaced.push(r);
    }
  }
  return { lines, unplaced };
}

/** The text form the API accepts (`nineLineText`). */
export function toNineLineText(lines: NineLineText): string {
  return LINE_NUMBERS.filter((n) => lines[n].trim()).map((n) => `LINE ${n}: ${lines[n].trim()}`).join('\n');
}

/** Maps a problem-details field name ("line3", "Line 3", "nineLine.line3", "l3") to its line number. */
export function lineOfField(field: string): LineNumber | null {
  const m = /line\s*([1-9])|(?:^|\.)l([1-9])$/i.exec(field);
  const n = Number(m?.[1] ?? m?.[2]);
  return n >= 1 && n <= 9 ? (n as LineNumber) : null;
}
