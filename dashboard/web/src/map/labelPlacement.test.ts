import { describe, expect, it } from 'vitest';
import { stackLabels } from './labelPlacement';

describe('stackLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(stackLabels([
      { x: 0, y: 0, width: 50, height: 10 },
      { x: 100, y: 0, width: 50, height: 10 },
    ])).toEqual([0, 0]);
  });

  it('moves a label that would overlap down by whole lines until it is free', () => {
    expect(stackLabels([
      { x: 0, y: 0, width: 50, height: 10 },
      { x: 10, y: 0, width: 50, height: 10 },
      { x: 5, y: 0, width: 50, height: 10 },
    ])).toEqual([0, 10, 20]);
  });

  it('gives up after the last step and keeps the wanted place', () => {
    const crowd = Array.from({ length: 4 }, () => ({ x: 0, y: 0, width: 50, height: 10 }));
    expect(stackLabels(crowd, 1)).toEqual([0, 10, 0, 0]);
  });
});
