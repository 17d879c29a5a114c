// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRageClickDetector } from '@/lib/recorder/friction/rage-clicks';
import { isDeliberateRepeat } from '@/lib/recorder/friction/click-targets';
import { describeTarget } from '@/lib/recorder/friction/describe-target';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';
import { T0 } from '../../helpers';

function setup(html: string) {
  document.body.innerHTML = html;
  const found: FoundFriction[] = [];
  let now = T0;
  const rage = createRageClickDetector({
    now: () => now,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    emit: (f) => found.push(f),
    isDeliberateRepeat,
    describe: describeTarget,
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
  return { rage, found, click, settle };
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
    expect(found).toEqual([{ signal: 'rage_click', t: T0, detail: { clicks: 4, target: 'button.add-to-bag' } }]);
  });

  it('a burst is one event however long it goes on, and a later burst is another', async () => {
    const { found, click, settle } = setup('<div role="button" class="close">×</div>');
    for (let i = 0; i < 8; i += 1) await click('div', 50, 50, i === 0 ? 0 : 300);
    await settle();
    for (let i = 0; i < 3; i += 1) await click('div', 50, 50, 300);
    await settle();
    expect(found.map((f) => f.detail.clicks)).toEqual([8, 3]);
    expect(found[0].detail.target).toBe('div[role=button].close');
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

  it('the target never carries the text the shopper sees or typed', async () => {
    const { found, click, settle } = setup('<a href="/p/123" class="product-card__link">Jackie 1961 tote for Marie Dupont</a>');
    for (let i = 0; i < 3; i += 1) await click('a', 10, 10, 100);
    await settle();
    expect(JSON.stringify(found)).not.toMatch(/Jackie|Marie|123/);
    expect(found[0].detail.target).toBe('a.product-card__link');
  });
});

describe('controls clicked again and again on purpose are not rage', () => {
  const burst = async (html: string, selector: string, clicks = 5) => {
    const { found, click, settle } = setup(html);
    for (let i = 0; i < clicks; i += 1) await click(selector, 200, 300, i === 0 ? 0 : 250);
    await settle();
    return found;
  };

  it('a carousel arrow clicked five times', async () => {
    expect(await burst('<div class="product-carousel"><button class="arrow"><svg></svg></button></div>', '.arrow')).toEqual([]);
  });

  it('a "next" arrow outside any carousel markup, labelled in French', async () => {
    expect(await burst('<button class="btn" aria-label="Image suivante">›</button>', 'button')).toEqual([]);
  });

  it('a double-click (and more) on a zoomable product image', async () => {
    expect(await burst('<div class="pdp-media"><img class="zoom-image" src="/bag.jpg"></div>', 'img', 2)).toEqual([]);
    expect(await burst('<figure data-zoom-image="/bag-xl.jpg"><img src="/bag.jpg"></figure>', 'img', 4)).toEqual([]);
  });

  it('a row of size swatches', async () => {
    expect(await burst('<ul class="size-selector"><li><button>36</button></li><li><button>37</button></li></ul>', 'button')).toEqual([]);
    expect(await burst('<div role="radiogroup"><span role="radio">Black</span></div>', 'span')).toEqual([]);
  });

  it('a quantity stepper, by class or beside its number field', async () => {
    expect(await burst('<div class="qty-picker"><button>+</button></div>', 'button')).toEqual([]);
    expect(await burst('<div><button>-</button><input type="number" value="1"><button id="plus">+</button></div>', '#plus')).toEqual([]);
  });

  it('a text field (triple-click selects its text)', async () => {
    expect(await burst('<form><input type="email" name="email"></form>', 'input', 3)).toEqual([]);
    expect(await burst('<textarea></textarea>', 'textarea', 3)).toEqual([]);
  });

  it('but a submit input is a button, and a page-wide class does not excuse it', async () => {
    const found = await burst('<div class="has-slider"><div><div><div><div><div><div><div><div><input type="submit" value="Place order"></div></div></div></div></div></div></div></div></div>', 'input', 3);
    expect(found).toHaveLength(1);
    expect(found[0].detail.target).toBe('input[type=submit]');
  });
});
