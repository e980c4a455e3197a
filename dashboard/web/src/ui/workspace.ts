import type { Topic } from '../state/store';

/** A workspace owns the side panel while it is shown; the map is shared. */
export interface WorkspaceView {
  readonly name: string;
  readonly panel: HTMLElement;
  /** Called once per animation frame with what changed (only while shown). */
  render(dirty: ReadonlySet<Topic>): void;
  /** Called once a second while shown (countdowns). */
  tick(nowMs: number): void;
  shown(): void;
  hidden(): void;
}
