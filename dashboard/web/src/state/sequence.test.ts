import { describe, expect, it } from 'vitest';
import { SequenceTracker } from './sequence';

describe('SequenceTracker', () => {
  it('applies nothing before the first snapshot', () => {
    expect(new SequenceTracker().judge(5)).toBe('noSnapshot');
  });

  it('applies the batch that follows the snapshot', () => {
    const t = new SequenceTracker();
    t.reset(10);
    expect(t.judge(11)).toBe('apply');
  });

  it('ignores a batch it has already applied', () => {
    const t = new SequenceTracker();
    t.reset(10);
    expect(t.judge(10)).toBe('stale');
    expect(t.judge(7)).toBe('stale');
  });

  it('reports a gap when a batch was skipped', () => {
    const t = new SequenceTracker();
    t.reset(10);
    expect(t.judge(12)).toBe('gap');
  });

  it('trusts the previous sequence the server names over +1 arithmetic', () => {
    const t = new SequenceTracker();
    t.reset(10);
    expect(t.judge(25, 10)).toBe('apply');
    expect(t.judge(25, 18)).toBe('gap');
  });

  it('moves the baseline on accept and forgets it on clear', () => {
    const t = new SequenceTracker();
    t.reset(1);
    t.accept(2);
    expect(t.judge(3)).toBe('apply');
    t.clear();
    expect(t.judge(3)).toBe('noSnapshot');
  });
});
