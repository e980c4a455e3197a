import { describe, expect, it } from 'vitest';
import { ReplayClock } from './timeline';

describe('ReplayClock', () => {
  it('does not move while paused', () => {
    const c = new ReplayClock(0, 100000);
    expect(c.advance(1000)).toBe(false);
    expect(c.at).toBe(0);
  });

  it('plays at the chosen speed', () => {
    const c = new ReplayClock(0, 1000000);
    c.speed = 60;
    c.toggle();
    c.advance(1000);
    expect(c.at).toBe(60000);
  });

  it('stops at the end of the window', () => {
    const c = new ReplayClock(0, 5000);
    c.speed = 10;
    c.toggle();
    c.advance(1000);
    expect(c.at).toBe(5000);
    expect(c.playing).toBe(false);
  });

  it('restarts from the beginning when played again at the end', () => {
    const c = new ReplayClock(0, 5000);
    c.scrub(99999);
    expect(c.at).toBe(5000);
    c.toggle();
    expect(c.at).toBe(0);
  });
});
