// The replay clock: scrubbing sets it, playing advances it at 1×, 10× or 60× the recorded pace.

export const SPEEDS = [1, 10, 60] as const;
export type Speed = (typeof SPEEDS)[number];

export class ReplayClock {
  at: number;
  playing = false;
  speed: Speed = 1;

  constructor(
    public start: number,
    public end: number,
  ) {
    this.at = start;
  }

  setWindow(start: number, end: number): void {
    this.start = start;
    this.end = Math.max(start, end);
    this.at = start;
    this.playing = false;
  }

  /** Advances by wall-clock `dtMs`; stops at the end. Returns true when the time moved. */
  advance(dtMs: number): boolean {
    if (!this.playing) return false;
    const before = this.at;
    this.at = Math.min(this.end, this.at + dtMs * this.speed);
    if (this.at >= this.end) this.playing = false;
    return this.at !== before;
  }

  scrub(to: number): void {
    this.at = Math.max(this.start, Math.min(this.end, to));
  }

  toggle(): void {
    if (!this.playing && this.at >= this.end) this.at = this.start;
    this.playing = !this.playing;
  }
}
