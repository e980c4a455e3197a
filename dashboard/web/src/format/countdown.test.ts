import { describe, expect, it } from 'vitest';
import type { Incident } from '../api/types';
import { clockLevel, precedenceLabel, precedenceLetter, RESUSCITATION_WINDOW_MS, urgencyCompare } from './countdown';

const H = 3600000;

describe('clock colouring', () => {
  it('is ok with most of the hour left', () => {
    expect(clockLevel(1000 + 40 * 60000, RESUSCITATION_WINDOW_MS, 1000)).toBe('ok');
  });

  it('turns amber with a quarter of the window left', () => {
    expect(clockLevel(1000 + 15 * 60000, RESUSCITATION_WINDOW_MS, 1000)).toBe('amber');
  });

  it('turns red once the clock has run out', () => {
    expect(clockLevel(1000, RESUSCITATION_WINDOW_MS, 1000)).toBe('red');
  });

  it('shows met regardless of time once delivered', () => {
    expect(clockLevel(0, RESUSCITATION_WINDOW_MS, 5 * H, true)).toBe('met');
  });
});

const inc = (id: string, precedence: string, injuredMsAgo: number, now: number): Incident => ({
  id,
  status: 'open',
  precedence,
  pickup: { lat: 0, lon: 0 },
  injuredAt: new Date(now - injuredMsAgo).toISOString(),
  clocks: { resuscitationDueAt: new Date(now - injuredMsAgo + H).toISOString(), surgeryDueAt: new Date(now - injuredMsAgo + 2 * H).toISOString() },
});

describe('queue order', () => {
  const now = Date.UTC(2026, 10, 26, 12);
  it('puts urgent casualties before priority ones even if injured later', () => {
    const list = [inc('p', 'C', 50 * 60000, now), inc('u', 'A', 5 * 60000, now)].sort((a, b) => urgencyCompare(a, b, now));
    expect(list.map((i) => i.id)).toEqual(['u', 'p']);
  });

  it('orders urgent casualties by the clock that runs out first', () => {
    const list = [inc('late', 'A', 5 * 60000, now), inc('early', 'B', 40 * 60000, now)].sort((a, b) => urgencyCompare(a, b, now));
    expect(list.map((i) => i.id)).toEqual(['early', 'late']);
  });
});

describe('precedence names', () => {
  it('reads letters and words alike', () => {
    expect(precedenceLabel('B')).toBe('Urgent-Surgical');
    expect(precedenceLetter('urgentSurgical')).toBe('B');
    expect(precedenceLetter('Priority')).toBe('C');
  });
});
