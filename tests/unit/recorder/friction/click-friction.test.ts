// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.farfetch.com/uk/checkout"}
// The click adapter with its real defaults: happy-dom's dispatched events are untrusted,
// exactly like a page's own synthetic clicks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClickFriction } from '@/lib/recorder/friction/click-friction';
import type { ClickFinding } from '@/lib/recorder/friction/click-findings';
import { DEAD_CLICK_WINDOW_MS } from '@/lib/friction/thresholds';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function setup(options: { isTrusted?: (event: Event) => boolean } = {}) {
  const found: ClickFinding[] = [];
  let suspected = 0;
  const friction = createClickFriction({
    doc: document,
    now: () => Date.now(),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    emit: (f) => found.push(f),
    suspected: () => {
      suspected += 1;
    },
    ...options,
  });
  const listen = { capture: true, passive: true };
  const onPress = (e: Event) => friction.pointerDown(e);
  const onClick = (e: Event) => friction.clicked(e);
  document.addEventListener('pointerdown', onPress, listen);
  document.addEventListener('click', onClick, listen);
  const unlisten = () => {
    document.removeEventListener('pointerdown', onPress, listen);
    document.removeEventListener('click', onClick, listen);
  };
  const press = (el: Element) => {
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, clientX: 10, clientY: 10 }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, clientX: 10, clientY: 10 }));
  };
  return { found, friction, press, unlisten, suspected: () => suspected };
}

describe('click friction', () => {
  it('synthetic presses and clicks create nothing at all', async () => {
    document.body.innerHTML = '<main><form><input id="email" required><button type="button" id="pay">Pay now</button></form></main>';
    const { found, friction, press, unlisten, suspected } = setup();
    const pay = document.getElementById('pay')!;
    for (let i = 0; i < 5; i += 1) {
      press(pay);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(DEAD_CLICK_WINDOW_MS + 1000);
    friction.pageHidden();
    expect(found).toEqual([]);
    expect(suspected()).toBe(0);
    unlisten();
  });

  it('a rage burst asks for its judge as soon as it is one, and is found when it ends', async () => {
    document.body.innerHTML = '<button class="add-to-bag">Add to bag</button>';
    const { found, press, unlisten, suspected } = setup({ isTrusted: () => true });
    const button = document.querySelector('button')!;
    button.addEventListener('click', () => button.classList.toggle('is-busy')); // it answers: no dead click
    for (let i = 0; i < 3; i += 1) {
      press(button);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(suspected()).toBe(1);
    expect(found).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(found).toEqual([{ signal: 'rage_click', t: expect.any(Number), clicks: 3, target: button }]);
    unlisten();
  });

  it('ctrl- and middle-clicks open tabs: never dead', async () => {
    document.body.innerHTML = '<a href="/uk/shopping/women" class="nav-link">Women</a>';
    const { found, unlisten } = setup({ isTrusted: () => true });
    const link = document.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, ctrlKey: true }));
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    await vi.advanceTimersByTimeAsync(DEAD_CLICK_WINDOW_MS + 100);
    link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 1 }));
    link.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    await vi.advanceTimersByTimeAsync(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
    unlisten();
  });

  it('stop() leaves no observer behind', async () => {
    document.body.innerHTML = '<button id="pay">Pay now</button>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { found, friction, press, unlisten } = setup({ isTrusted: () => true });
    press(document.getElementById('pay')!);
    expect(observe).toHaveBeenCalled(); // the click is being judged
    friction.stop();
    expect(disconnect).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
    unlisten();
  });
});
