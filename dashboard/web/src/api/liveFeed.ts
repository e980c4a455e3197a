import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { OpsStore } from '../state/store';
import { SequenceTracker } from '../state/sequence';
import { normaliseBatch, type Picture } from './types';

/**
 * The live stream from `/hubs/ops`: a `snapshot`, then `changes` batches with increasing `sequence`.
 * On a gap it asks `Resync(lastSequence)`; while disconnected the store is marked so views grey out
 * (stale data must never look live). Reconnects forever with back-off capped at 5 s.
 */
export class LiveFeed {
  readonly tracker = new SequenceTracker();
  private connection: HubConnection | null = null;
  private resyncing = false;
  private stopped = false;
  private paused = false;
  gaps = 0;

  constructor(
    private readonly store: OpsStore,
    private readonly token: () => string | null,
    private readonly url = '/hubs/ops',
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    const connection = new HubConnectionBuilder()
      .withUrl(this.url, { accessTokenFactory: () => this.token() ?? '' })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(5000, 250 * 2 ** ctx.previousRetryCount) })
      .configureLogging(LogLevel.Warning)
      .build();
    connection.serverTimeoutInMilliseconds = 10000;
    connection.keepAliveIntervalInMilliseconds = 3000;
    connection.on('snapshot', (p: Picture) => this.onSnapshot(p));
    connection.on('changes', (raw: unknown) => this.onChanges(raw));
    connection.onreconnecting(() => this.goStale('reconnecting'));
    connection.onreconnected(() => void this.resync());
    connection.onclose(() => {
      this.goStale('offline');
      if (!this.stopped) setTimeout(() => void this.connect(), 2000);
    });
    this.connection = connection;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.connection?.stop();
  }

  private async connect(): Promise<void> {
    const c = this.connection;
    if (!c || this.stopped || c.state !== HubConnectionState.Disconnected) return;
    this.store.setConnection('connecting');
    try {
      await c.start();
      // The server sends a snapshot on connect; if it has not arrived shortly, ask for one.
      setTimeout(() => {
        if (this.tracker.lastSequence === null) void this.resync();
      }, 1500);
    } catch {
      this.goStale('offline');
      if (!this.stopped) setTimeout(() => void this.connect(), 2000);
    }
  }

  private goStale(state: 'reconnecting' | 'offline'): void {
    this.store.setConnection(state);
  }

  /** Replay borrows the store: live messages are dropped (not applied) until resume(). */
  pause(): void {
    this.paused = true;
    this.tracker.clear();
    this.store.setConnection('replay');
  }

  /** Back to live: a fresh picture (from the hub if connected, else from `fallback`) becomes the baseline. */
  async resume(fallback: () => Promise<Picture>): Promise<void> {
    this.paused = false;
    this.store.setConnection('connecting');
    try {
      this.onSnapshot(await fallback());
    } catch {
      this.store.setConnection('offline');
    }
  }

  onSnapshot(p: Picture): void {
    if (this.paused) return;
    this.tracker.reset(p.sequence);
    this.resyncing = false;
    this.store.loadPicture(p);
    this.store.setConnection('live');
  }

  onChanges(raw: unknown): void {
    const batch = normaliseBatch(raw);
    if (!batch || this.paused) return;
    const verdict = this.tracker.judge(batch.sequence, batch.previousSequence);
    if (verdict === 'apply') {
      this.tracker.accept(batch.sequence);
      this.store.apply(batch.changes);
      if (!this.resyncing) this.store.setConnection('live');
    } else if (verdict === 'gap') {
      this.gaps++;
      void this.resync();
    }
  }

  /** Asks the server for what we missed; accepts a picture or a batch as the answer, or a snapshot push. */
  async resync(): Promise<void> {
    const c = this.connection;
    if (!c || this.resyncing || c.state !== HubConnectionState.Connected) return;
    this.resyncing = true;
    const last = this.tracker.lastSequence ?? 0;
    try {
      const answer: unknown = await c.invoke('Resync', last);
      if (answer && typeof answer === 'object' && 'aircraft' in answer && 'sequence' in answer) {
        this.onSnapshot(answer as Picture);
      } else if (answer && typeof answer === 'object' && 'sequence' in answer) {
        this.resyncing = false;
        this.onChanges(answer);
      }
    } catch {
      // The server may push a snapshot instead of answering; the connection state shows until it does.
    } finally {
      setTimeout(() => {
        this.resyncing = false;
      }, 1000);
    }
  }
}
