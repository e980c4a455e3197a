// Decides what to do with each `changes` batch given the last sequence applied.
// The hub promises increasing sequences; a hole means we missed changes and must ask for a resync
// rather than show a picture that silently lacks them.

export type SequenceVerdict = 'apply' | 'stale' | 'gap' | 'noSnapshot';

export class SequenceTracker {
  private last: number | null = null;

  get lastSequence(): number | null {
    return this.last;
  }

  /** A snapshot (initial or after resync) resets the baseline. */
  reset(sequence: number): void {
    this.last = sequence;
  }

  /** Forget the baseline (disconnect): nothing is applied until the next snapshot. */
  clear(): void {
    this.last = null;
  }

  judge(sequence: number, previousSequence?: number): SequenceVerdict {
    if (this.last === null) return 'noSnapshot';
    if (sequence <= this.last) return 'stale';
    const expectedPrevious = previousSequence ?? sequence - 1;
    if (expectedPrevious > this.last) return 'gap';
    return 'apply';
  }

  accept(sequence: number): void {
    this.last = sequence;
  }
}
