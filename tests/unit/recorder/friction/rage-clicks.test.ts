// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The page-side detector: bursts of clicks, found with their first element. Whether
// that element is one clicked again and again on purpose, and what to call it, the
// friction kit judges (click-targets.test.ts).
import { createRageClickDetector } from '@/lib/recorder/friction/rage-clicks';
import type { ClickFinding } from '@/lib/recorder/friction/click-findings';
import { T0 } from '../../helpers';

function setup(html: string) {
  document.body.innerHTML = html;
  const found: ClickFinding[] = [];
  let now = T0;
  let suspected = 0;
  const rage = createRageClickDetector({
    now: () => now,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    emit: (f) => found.push(f),
    suspected: () => {
      suspected += 1;
    },
  });
  /** Clicks `selector` at (x, y) after `gap` ms. */
  const click = async (selector: string, x: number, y: number, gap = 200, trusted = true) => {
    now += gap;
    await vi.advanceTimersByTimeAsync(gap);
    rage.clicked({ x, y, t: now, target: document.querySelector(selector)!, trusted });
  };
  const settle = async () => {
    now += 2000;
    await vi.advanceTimersByTimeAsync(2000);
  };
  return { rage, found, click, settle, suspected: () => suspected };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('rage clicks', () => {
  it('three quick clicks on the same unresponsive button are one rage click', async () => {
    const { found, click, settle } = setup('<button class="add-to-bag css-1x9f3k">Add to bag</button>');
    await click('button', 100, 100, 0);
    await click('button', 104, 101);
    await click('button', 102, 98);
    expect(found).toHaveLength(0); // sent when the burst ends, with its full count
    await click('button', 103, 100);
    await settle();
    expect(found).toEqual([{ signal: 'rage_click', t: T0, clicks: 4, target: document.querySelector('button') }]);
  });

  it('a burst is one event however long it goes on, and a later burst is another', async () => {
    const { found, click, settle } = setup('<div role="button" class="close">×</div>');
    for (let i = 0; i < 8; i += 1) await click('div', 50, 50, i === 0 ? 0 : 300);
    await settle();
    for (let i = 0; i < 3; i += 1) await click('div', 50, 50, 300);
    await settle();
    expect(found.map((f) => f.clicks)).toEqual([8, 3]);
    expect(found[0].target).toBe(document.querySelector('div'));
  });

  it('clicks 30 px apart (Manhattan) or a second apart are not a burst', async () => {
    const { found, click, settle } = setup('<button>Go</button>');
    await click('button', 0, 0, 0);
    await click('button', 20, 10); // 30 px: not < 30
    await click('button', 40, 20);
    await click('button', 40, 20, 1000);
    await click('button', 40, 20, 1000);
    await settle();
    expect(found).toEqual([]);
  });

  it('synthetic clicks from the page never count', async () => {
    const { found, click, settle } = setup('<button>Go</button>');
    for (let i = 0; i < 5; i += 1) await click('button', 10, 10, 100, false);
    await settle();
    expect(found).toEqual([]);
  });

  it('its judge is asked for once per burst, when the third click makes it one', async () => {
    const { found, click, settle, suspected } = setup('<button>Go</button>');
    await click('button', 10, 10, 0);
    await click('button', 10, 10);
    expect(suspected()).toBe(0);
    await click('button', 10, 10);
    expect(suspected()).toBe(1);
    await click('button', 10, 10);
    await click('button', 10, 10);
    expect(suspected()).toBe(1);
    await settle();
    expect(found).toHaveLength(1);
  });

  it('a burst still going when the page hides is complete', async () => {
    const { rage, found, click } = setup('<button>Go</button>');
    for (let i = 0; i < 3; i += 1) await click('button', 10, 10, i === 0 ? 0 : 100);
    rage.flush();
    expect(found).toEqual([{ signal: 'rage_click', t: T0, clicks: 3, target: document.querySelector('button') }]);
  });

  it('every click of a burst counts, whatever it landed on: the first element is judged', async () => {
    // A deliberate control is judged by the kit, not skipped here: the detector stays a few comparisons per click.
    const { found, click, settle } = setup('<div class="product-carousel"><button class="arrow">›</button></div>');
    for (let i = 0; i < 5; i += 1) await click('.arrow', 200, 300, i === 0 ? 0 : 250);
    await settle();
    expect(found).toEqual([{ signal: 'rage_click', t: T0, clicks: 5, target: document.querySelector('.arrow') }]);
  });
});
