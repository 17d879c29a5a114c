// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.farfetch.com/uk/checkout"}
// The adapter with its real defaults: happy-dom's dispatched events are untrusted,
// exactly like a page's own synthetic clicks, submits and reportValidity() calls.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrictionRecorder } from '@/lib/recorder/friction/friction-recorder';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('the friction recorder', () => {
  it('synthetic clicks, submits and invalid events create no friction at all', async () => {
    document.body.innerHTML = '<main><form><input id="email" required><button id="pay">Pay now</button></form></main>';
    const found: FoundFriction[] = [];
    const friction = createFrictionRecorder({
      doc: document,
      now: () => Date.now(),
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      emit: (f) => found.push(f),
      pageType: () => 'checkout',
      measure: () => ({ coverage: 0, visible: false, floating: false }),
    });
    const listen = { capture: true, passive: true };
    document.addEventListener('pointerdown', (e) => friction.pointerDown(e), listen);
    document.addEventListener('click', (e) => friction.shopperActed(e), listen);
    document.addEventListener('invalid', (e) => friction.invalidFired(e), listen);
    const pay = document.getElementById('pay')!;
    for (let i = 0; i < 5; i += 1) {
      pay.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
      pay.click();
      (document.getElementById('email') as HTMLInputElement).reportValidity();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(5000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('stop() leaves no observer behind', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    document.body.innerHTML = '<div class="newsletter-modal" hidden><p>Join us</p></div>';
    const friction = createFrictionRecorder({
      doc: document,
      now: () => Date.now(),
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      emit: () => {},
      pageType: () => 'home',
      measure: () => ({ coverage: 0, visible: false, floating: false }),
    });
    await vi.advanceTimersByTimeAsync(10); // the start-up scan keeps the hidden modal in view
    expect(observe).toHaveBeenCalled();
    friction.stop();
    expect(disconnect).toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
