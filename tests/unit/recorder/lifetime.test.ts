// The recorder's lifetime: everything made through it stops once the extension
// is updated, reloaded or removed under the page (the runtime loses its id).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '@/lib/recorder/lifetime';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup() {
  const runtime: { id?: string } = { id: 'vitrine@example' };
  return { runtime, lifetime: createLifetime(runtime), removeExtension: () => delete runtime.id };
}

describe('the recorder lifetime', () => {
  it('is valid while the runtime has an id', () => {
    const { lifetime, removeExtension } = setup();
    expect(lifetime.isInvalid).toBe(false);
    removeExtension();
    expect(lifetime.isInvalid).toBe(true);
  });

  it('timers run while it lasts, and not once the runtime id is gone', async () => {
    const { lifetime, removeExtension } = setup();
    const ran: string[] = [];
    lifetime.setTimeout(() => ran.push('before'), 100);
    lifetime.setTimeout(() => ran.push('after'), 500);
    await vi.advanceTimersByTimeAsync(200);
    removeExtension();
    await vi.advanceTimersByTimeAsync(1000);
    expect(ran).toEqual(['before']);
    lifetime.setTimeout(() => ran.push('set late'), 0);
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toEqual(['before']);
  });

  it('listeners are called while it lasts, then never again, and are removed', () => {
    const { lifetime, removeExtension } = setup();
    const target = new EventTarget();
    const heard: string[] = [];
    lifetime.listen(target, 'click', (event) => heard.push(event.type));
    target.dispatchEvent(new Event('click'));
    removeExtension();
    target.dispatchEvent(new Event('click')); // the first event after: seen gone, not delivered
    target.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['click']);
    // Removed, not just silenced: a listener added after the end is never even attached.
    const add = vi.spyOn(target, 'addEventListener');
    lifetime.listen(target, 'click', () => heard.push('late'));
    target.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['click']);
    expect(add.mock.calls[0]?.[2]).toMatchObject({ signal: expect.objectContaining({ aborted: true }) });
  });

  it('passes the listener options on (capture, passive, once)', () => {
    const { lifetime } = setup();
    const target = new EventTarget();
    const add = vi.spyOn(target, 'addEventListener');
    let heard = 0;
    lifetime.listen(target, 'load', () => {
      heard += 1;
    }, { once: true, capture: true, passive: true });
    target.dispatchEvent(new Event('load'));
    target.dispatchEvent(new Event('load'));
    expect(heard).toBe(1);
    expect(add.mock.calls[0][2]).toMatchObject({ once: true, capture: true, passive: true });
  });

  it('onEnd callbacks run once, when the end is first noticed', () => {
    const { lifetime, removeExtension } = setup();
    const ended = vi.fn();
    const alsoEnded = vi.fn();
    lifetime.onEnd(ended);
    lifetime.onEnd(alsoEnded);
    removeExtension();
    expect(ended).not.toHaveBeenCalled(); // nothing polls: the next read notices
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(alsoEnded).toHaveBeenCalledTimes(1);
  });

  it('the end is noticed by an event or a timer as well', async () => {
    const { lifetime, removeExtension } = setup();
    const target = new EventTarget();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    lifetime.listen(target, 'scroll', () => {});
    lifetime.setTimeout(() => {}, 100);
    removeExtension();
    target.dispatchEvent(new Event('scroll'));
    expect(ended).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    target.dispatchEvent(new Event('scroll'));
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('a runtime without an id from the start is ended at the first read', () => {
    const lifetime = createLifetime({});
    const ended = vi.fn();
    lifetime.onEnd(ended);
    expect(lifetime.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
