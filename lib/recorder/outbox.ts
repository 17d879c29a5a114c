// The content script's outbox: events wait here until the background says they
// are stored. Batches go out after a short quiet period, failed sends are
// retried with backoff, and `flushNow` (page hiding) sends everything at once;
// the background drops ids it already has, so a double send is harmless.
import type { RecordedEvent } from '../events';
import type { RecordReply } from '../messages';

/** Events close together (a page view and its search) travel in one message. */
export const BATCH_DELAY_MS = 150;
export const MAX_EVENTS_PER_MESSAGE = 50;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

export interface OutboxOptions {
  send: (events: RecordedEvent[]) => Promise<RecordReply | undefined>;
  /** True once the extension was updated or removed under the page: stop quietly. */
  isInvalid: () => boolean;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export interface Outbox {
  add(event: RecordedEvent): void;
  flushNow(): void;
  readonly pendingCount: number;
  readonly refusedCount: number;
}

export function createOutbox({ send, isInvalid, setTimeout }: OutboxOptions): Outbox {
  const pending = new Map<string, RecordedEvent>();
  let timerSet = false;
  let inFlight = false;
  let retryMs = 0;
  let refused = 0;

  function schedule(ms: number) {
    if (timerSet || isInvalid()) return;
    timerSet = true;
    setTimeout(() => {
      timerSet = false;
      void sendNextBatch();
    }, ms);
  }

  function settle(batch: RecordedEvent[], reply: RecordReply | undefined): boolean {
    if (reply?.ok) {
      for (const id of reply.acked) pending.delete(id);
      return true;
    }
    if (reply && !reply.retryable) {
      // Refused for good (it would be refused again): drop it, keep count, never loop.
      for (const event of batch) pending.delete(event.id);
      refused += batch.length;
      return true;
    }
    return false;
  }

  async function deliver(batch: RecordedEvent[]): Promise<boolean> {
    try {
      return settle(batch, await send(batch));
    } catch {
      // The worker was starting, or the context is gone; isInvalid() tells which.
      return false;
    }
  }

  async function sendNextBatch() {
    if (pending.size === 0 || inFlight || isInvalid()) return;
    inFlight = true;
    const delivered = await deliver([...pending.values()].slice(0, MAX_EVENTS_PER_MESSAGE));
    inFlight = false;
    if (delivered) {
      retryMs = 0;
      if (pending.size > 0) schedule(0);
    } else {
      retryMs = Math.min(Math.max(RETRY_MIN_MS, retryMs * 2), RETRY_MAX_MS);
      schedule(retryMs);
    }
  }

  return {
    add(event) {
      if (isInvalid()) return;
      pending.set(event.id, event);
      schedule(BATCH_DELAY_MS);
    },
    flushNow() {
      // The page is going away: everything leaves now, in parallel, whatever is in flight.
      if (isInvalid()) return;
      const all = [...pending.values()];
      for (let i = 0; i < all.length; i += MAX_EVENTS_PER_MESSAGE) void deliver(all.slice(i, i + MAX_EVENTS_PER_MESSAGE));
    },
    get pendingCount() {
      return pending.size;
    },
    get refusedCount() {
      return refused;
    },
  };
}
