import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BATCH_DELAY_MS, createOutbox, MAX_EVENTS_PER_MESSAGE } from '@/lib/recorder/outbox';
import type { RecordedEvent } from '@/lib/events';
import type { RecordReply } from '@/lib/messages';
import { pageView } from '../helpers';

const ack = (events: RecordedEvent[]): RecordReply => ({ ok: true, stored: events.length, duplicates: 0, acked: events.map((e) => e.id) });

function setup(send: (events: RecordedEvent[]) => Promise<RecordReply | undefined>) {
  let invalid = false;
  const outbox = createOutbox({ send, isInvalid: () => invalid, setTimeout: (cb, ms) => setTimeout(cb, ms) });
  return { outbox, invalidate: () => (invalid = true) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the content script outbox', () => {
  it('sends events close together as one batch and forgets them once acknowledged', async () => {
    const send = vi.fn(async (events: RecordedEvent[]) => ack(events));
    const { outbox } = setup(send);
    outbox.add(pageView());
    outbox.add(pageView());
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).toHaveLength(2);
    expect(outbox.pendingCount).toBe(0);
  });

  it('keeps events the background did not acknowledge and sends them again', async () => {
    const send = vi.fn<(events: RecordedEvent[]) => Promise<RecordReply | undefined>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: false, reason: 'internal: disk full', retryable: true })
      .mockImplementation(async (events) => ack(events));
    const { outbox } = setup(send);
    const event = pageView();
    outbox.add(event);
    await vi.advanceTimersByTimeAsync(BATCH_DELAY_MS);
    expect(outbox.pendingCount).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(send.mock.calls.map((call) => call[0][0].id)).toEqual([event.id, event.id, event.id]);
    expect(outbox.pendingCount).toBe(0);
  });

  it('drops a batch the background refused for good instead of looping', async () => {
    const send = vi.fn(async (): Promise<RecordReply> => ({ ok: false, reason: 'invalid: url', retryable: false }));
    const { outbox } = setup(send);
    outbox.add(pageView());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.refusedCount).toBe(1);
    expect(outbox.pendingCount).toBe(0);
  });

  it('stops quietly once the extension context is invalidated', async () => {
    const send = vi.fn(async () => {
      invalidate();
      throw new Error('Extension context invalidated.');
    });
    const { outbox, invalidate } = setup(send);
    outbox.add(pageView());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    outbox.add(pageView());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends everything at once when the page hides, in messages the background accepts', async () => {
    const send = vi.fn(async (events: RecordedEvent[]) => ack(events));
    const { outbox } = setup(send);
    for (let i = 0; i < MAX_EVENTS_PER_MESSAGE + 5; i += 1) outbox.add(pageView());
    outbox.flushNow();
    expect(send.mock.calls.map((call) => call[0].length)).toEqual([MAX_EVENTS_PER_MESSAGE, 5]);
    await vi.advanceTimersByTimeAsync(0);
    expect(outbox.pendingCount).toBe(0);
  });
});
