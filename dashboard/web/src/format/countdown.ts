import type { Incident } from '../api/types';

// The 10-1-2 clocks (AJP-4.10): a clock turns amber when a quarter of its window remains and red when it
// has run out. Shape and text carry the same meaning so colour is never the only signal.

export type ClockLevel = 'ok' | 'amber' | 'red' | 'met';

/** Fraction of the window left below which the clock is amber. */
export const AMBER_FRACTION = 0.25;

export function clockLevel(dueMs: number, windowMs: number, nowMs: number, met = false): ClockLevel {
  if (met) return 'met';
  const left = dueMs - nowMs;
  if (left <= 0) return 'red';
  if (left <= windowMs * AMBER_FRACTION) return 'amber';
  return 'ok';
}

export const RESUSCITATION_WINDOW_MS = 60 * 60 * 1000;
export const SURGERY_WINDOW_MS = 2 * 60 * 60 * 1000;

export const clockSymbol: Record<ClockLevel, string> = { ok: '●', amber: '▲', red: '■', met: '✓' };

/** Precedence order for the queue: urgent first; unknown letters sort last. */
const precedenceRank: Record<string, number> = { A: 0, URGENT: 0, B: 1, URGENTSURGICAL: 1, C: 2, PRIORITY: 2, D: 3, ROUTINE: 3, E: 4, CONVENIENCE: 4 };

export function precedenceOrder(p: string): number {
  return precedenceRank[p.replace(/[^A-Za-z]/g, '').toUpperCase()] ?? 9;
}

export const precedenceName: Record<string, string> = { A: 'Urgent', B: 'Urgent-Surgical', C: 'Priority', D: 'Routine', E: 'Convenience' };

export function precedenceLabel(p: string): string {
  const key = p.trim().toUpperCase();
  if (precedenceName[key]) return precedenceName[key];
  const found = Object.entries(precedenceName).find(([, name]) => name.replace('-', '').toUpperCase() === key.replace(/[^A-Z]/g, ''));
  return found ? found[1] : p;
}

/** Normalises "Urgent"/"urgentSurgical"/"B" to the 9-line letter. */
export function precedenceLetter(p: string): string {
  const key = p.trim().toUpperCase();
  if (/^[A-E]$/.test(key)) return key;
  const found = Object.entries(precedenceName).find(([, name]) => name.replace('-', '').toUpperCase() === key.replace(/[^A-Z]/g, ''));
  return found ? found[0] : '?';
}

/**
 * Urgency for the queue: the soonest clock still running comes first; within equal clocks, the higher precedence.
 * Tasked incidents sink below untasked ones only when their clocks are equally far away.
 */
export function urgencyCompare(a: Incident, b: Incident, nowMs: number): number {
  const due = (i: Incident): number => {
    const r = new Date(i.clocks.resuscitationDueAt).getTime();
    const s = new Date(i.clocks.surgeryDueAt).getTime();
    const candidates = [r, s].filter((t) => t > nowMs);
    return candidates.length ? Math.min(...candidates) : Math.max(r, s);
  };
  const p = precedenceOrder(a.precedence) - precedenceOrder(b.precedence);
  const pa = precedenceOrder(a.precedence) <= 1;
  const pb = precedenceOrder(b.precedence) <= 1;
  if (pa !== pb) return pa ? -1 : 1;
  const d = due(a) - due(b);
  if (d !== 0) return d;
  if (p !== 0) return p;
  return a.id.localeCompare(b.id);
}
