// At most one render per animation frame: the store calls request() on every change (cheap, idempotent);
// the actual DOM and map work happens once, in the next frame, for everything that changed meanwhile.

export class FrameScheduler {
  private pending = false;
  private readonly tasks: Array<(now: number) => void> = [];

  constructor(private readonly raf: (cb: (now: number) => void) => unknown = (cb) => requestAnimationFrame(cb)) {}

  /** Registers work that runs every scheduled frame (e.g. store.flush). */
  onFrame(task: (now: number) => void): void {
    this.tasks.push(task);
  }

  request(): void {
    if (this.pending) return;
    this.pending = true;
    this.raf((now) => {
      this.pending = false;
      for (const t of this.tasks) t(now);
    });
  }
}
