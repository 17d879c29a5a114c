// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.net-a-porter.com/en-gb/shop/bags"}
// Through the recorder's click adapter, with real events and a real MutationObserver,
// and its findings judged as the friction kit judges them; only trust is injected
// (happy-dom never makes a trusted event).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClickFriction } from '@/lib/recorder/friction/click-friction';
import type { ClickFinding } from '@/lib/recorder/friction/click-findings';
import { judgeClickFinding } from '@/lib/recorder/friction/click-targets';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';
import { watchPageReactions } from '@/lib/recorder/friction/page-reactions';
import { DEAD_CLICK_WINDOW_MS } from '@/lib/friction/thresholds';

function setup(html: string, { trusted = true } = {}) {
  document.body.innerHTML = html;
  const found: FoundFriction[] = [];
  /** What the page-side detector found, before the kit judged it. */
  const findings: ClickFinding[] = [];
  let watching = 0;
  const watch = watchPageReactions(document);
  const friction = createClickFriction({
    doc: document,
    now: () => Date.now(),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    emit: (finding) => {
      findings.push(finding);
      const f = judgeClickFinding(finding, location.origin);
      if (f) found.push(f);
    },
    isTrusted: () => trusted,
    watchReactions: (onReaction) => {
      watching += 1;
      const inner = watch(onReaction);
      let stopped = false;
      return {
        flush: inner.flush,
        stop() {
          if (!stopped) watching -= 1;
          stopped = true;
          inner.stop();
        },
      };
    },
  });
  const listen = { capture: true, passive: true };
  document.addEventListener('pointerdown', (e) => friction.pointerDown(e), listen);
  document.addEventListener('click', (e) => friction.clicked(e), listen);
  /** A mouse press and click, as the browser sends them. */
  const press = (selector: string, x = 10) => {
    const el = document.querySelector(selector)!;
    el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, clientX: x, clientY: 10 }));
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, clientX: x, clientY: 10 }));
  };
  const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  return { found, findings, press, wait, friction, watching: () => watching };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('dead clicks', () => {
  it('a button that does nothing is dead after 2.5 s, and the watching stops', async () => {
    const { found, press, wait, watching } = setup('<button class="add-to-bag">Add to bag</button>');
    const clickedAt = Date.now();
    press('button');
    await wait(DEAD_CLICK_WINDOW_MS - 100);
    expect(found).toEqual([]);
    await wait(200);
    expect(found).toEqual([{ signal: 'dead_click', t: clickedAt, detail: { target: 'button.add-to-bag' } }]);
    expect(watching()).toBe(0);
  });

  it('a menu that opens by a class toggle is not dead', async () => {
    const { found, press, wait, watching } = setup('<button id="menu">Menu</button><nav class="menu"></nav>');
    document.getElementById('menu')!.addEventListener('click', () => document.querySelector('nav')!.classList.add('is-open'));
    press('#menu');
    await wait(10);
    expect(watching()).toBe(0); // the first answer ends the watch: bounded cost
    await wait(DEAD_CLICK_WINDOW_MS);
    expect(found).toEqual([]);
  });

  it('a menu that opens on pointerdown (before the click) is not dead', async () => {
    const { found, press, wait } = setup('<div role="button" id="trigger">Bags</div><div id="portal"></div>');
    document.getElementById('trigger')!.addEventListener('pointerdown', () => {
      document.getElementById('portal')!.innerHTML = '<ul role="menu"><li>Totes</li></ul>';
    });
    press('#trigger');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it("a button's own pressed styling at pointerdown is not an answer", async () => {
    const { found, press, wait } = setup('<button id="b">Checkout</button>');
    const button = document.getElementById('b')!;
    button.addEventListener('pointerdown', () => button.setAttribute('data-pressed', 'true'));
    press('#b');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toHaveLength(1);
  });

  it('but a wishlist heart that only restyles itself on click did answer', async () => {
    const { found, press, wait } = setup('<button class="wishlist">♡</button>');
    const heart = document.querySelector('button')!;
    heart.addEventListener('click', () => heart.classList.toggle('is-active'));
    press('button');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it('an answer that comes late but within the window counts', async () => {
    const { found, press, wait } = setup('<button>Load more</button><ul></ul>');
    document.querySelector('button')!.addEventListener('click', () => setTimeout(() => document.querySelector('ul')!.append(document.createElement('li')), 2000));
    press('button');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it('scrolling or moving focus elsewhere is an answer', async () => {
    const { found, press, wait } = setup('<button id="top">Back to top</button><input id="search">');
    document.getElementById('top')!.addEventListener('click', () => document.dispatchEvent(new Event('scroll')));
    press('#top');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    const { found: found2, press: press2, wait: wait2 } = setup('<button id="open">Search</button><input id="search">');
    document.getElementById('open')!.addEventListener('click', () => document.getElementById('search')!.focus());
    press2('#open');
    await wait2(DEAD_CLICK_WINDOW_MS + 100);
    expect([...found, ...found2]).toEqual([]);
  });

  it('a same-origin link the page does not prevent loads a page: not dead', async () => {
    const { found, press, wait } = setup('<a href="/en-gb/shop/shoes" class="nav-link">Shoes</a>');
    press('a');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it('a link whose click the page prevents and then ignores is dead', async () => {
    const { found, press, wait } = setup('<a href="/en-gb/shop/shoes" class="nav-link">Shoes</a>');
    document.querySelector('a')!.addEventListener('click', (e) => e.preventDefault());
    press('a');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([{ signal: 'dead_click', t: expect.any(Number), detail: { target: 'a.nav-link' } }]);
  });

  it('download links, new-tab links, other sites and mail links are never dead', async () => {
    const html = [
      '<a id="d" href="/size-guide.pdf" download>Size guide</a>',
      '<a id="n" href="/en-gb/care" target="_blank">Care</a>',
      '<a id="o" href="https://www.instagram.com/netaporter">Instagram</a>',
      '<a id="m" href="mailto:help@example.com">Mail us</a>',
    ].join('');
    for (const id of ['#d', '#n', '#o', '#m']) {
      const { found, findings, press, wait, watching } = setup(html);
      for (const a of document.querySelectorAll('a')) a.addEventListener('click', (e) => e.preventDefault());
      press(id);
      await wait(DEAD_CLICK_WINDOW_MS + 100);
      // The page side cannot tell a download from a broken link: the kit's judgement drops it.
      expect(findings.map((f) => f.target.id)).toEqual([id.slice(1)]);
      expect(found).toEqual([]);
      expect(watching()).toBe(0);
    }
  });

  it('a click on plain text is not a candidate', async () => {
    const { found, press, wait, watching } = setup('<p>Made in Italy</p>');
    press('p');
    expect(watching()).toBe(0);
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it('synthetic clicks create nothing', async () => {
    const { found, press, wait, watching } = setup('<button>Add to bag</button>', { trusted: false });
    press('button');
    expect(watching()).toBe(0);
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });

  it('clicking the same dead button three times is one dead click (and a rage click)', async () => {
    const { found, press, wait } = setup('<button>Pay now</button>');
    press('button');
    await wait(300);
    press('button');
    await wait(300);
    press('button');
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found.map((f) => f.signal).sort()).toEqual(['dead_click', 'rage_click']);
  });

  it('leaving the page or the tab before the verdict drops the click', async () => {
    const { found, press, wait, friction, watching } = setup('<button>Continue</button>');
    press('button');
    friction.tabHidden();
    expect(watching()).toBe(0);
    await wait(DEAD_CLICK_WINDOW_MS + 100);
    expect(found).toEqual([]);
  });
});
