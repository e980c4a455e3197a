import { describe, expect, it } from 'vitest';
import { formatDuration, relativeMinutes, zuluDateTime, zuluTime } from './time';

describe('time formatting', () => {
  it('shows UTC with Z whatever the browser zone', () => {
    expect(zuluTime('2026-11-26T14:05:59+02:00')).toBe('12:05Z');
    expect(zuluDateTime('2026-11-26T14:05:00Z')).toBe('26 Nov 14:05Z');
  });

  it('shows a dash for an unreadable time', () => {
    expect(zuluTime('not a time')).toBe('—');
  });

  it('formats countdowns, negative once overdue', () => {
    expect(formatDuration(42 * 60000 + 10000)).toBe('0:42:10');
    expect(formatDuration(-(65 * 60000 + 9000))).toBe('-1:05:09');
  });

  it('describes ETAs relative to now', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    expect(relativeMinutes('2026-11-26T12:12:00Z', now)).toBe('in 12 min');
    expect(relativeMinutes('2026-11-26T11:57:00Z', now)).toBe('3 min ago');
  });
});
