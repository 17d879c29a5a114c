// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.gucci.com/fr/fr/"}
// Through the friction kit, fed by a MutationObserver set up as the recorder's
// shared one is, and by what the recorder spotted before the kit arrived.
// happy-dom has no layout: boxes come from data-coverage (share of the
// viewport) and data-fixed; `hidden` or .is-hidden hides.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OverlayBox } from '@/lib/recorder/friction/interstitials';
import { MAX_CANDIDATES } from '@/lib/recorder/friction/overlay-candidates';
import { OVERLAY_LIKE } from '@/lib/recorder/friction/overlay-hints';
import { createFrictionKit } from '@/lib/recorder/kits/friction-kit';
import type { Kit } from '@/lib/recorder/kits/protocol';
import { INTERSTITIAL_SOLICITED_MS } from '@/lib/friction/thresholds';
import { fakeKitHost } from '../fake-kit-host';

const HIDDEN: OverlayBox = { coverage: 0, visible: false, floating: false };
/** Each test's observer and kit end with it: the document outlives the test. */
const cleanups: Array<() => void> = [];

function setup(html = '<main><h1>Gucci</h1><button id="size-guide">Guide des tailles</button></main>', { trusted = true, attached = true } = {}) {
  document.body.innerHTML = html;
  const { host, found } = fakeKitHost();
  // As the recorder's lifetime does: its timers end when the kits are stopped.
  let ended = false;
  host.setTimeout = (callback, ms) => setTimeout(() => ended || callback(), ms);
  const measured: Element[] = [];
  /** Selectors of elements mid-way through a CSS fade-in: no attribute says so. */
  const fading = new Set<string>();
  const measure = (el: Element): OverlayBox => {
    measured.push(el);
    if (!el.isConnected || el.closest('[hidden], .is-hidden') || [...fading].some((selector) => el.matches(selector))) return HIDDEN;
    const coverage = Number(el.getAttribute('data-coverage') ?? 0);
    return { coverage, visible: coverage > 0, floating: el.closest('[data-fixed]') !== null };
  };
  // As the recorder does: overlay-like markup in the page at start is waiting for the kit.
  if (document.querySelector(OVERLAY_LIKE)) host.waiting.overlays.push({ added: null, t: Date.now() });
  let kit: Kit | null = null;
  /** The kit arrives: it takes what was spotted before, and from then on sees every change. */
  const attach = () => {
    kit = createFrictionKit(host, { isTrusted: () => trusted, measure });
    return kit;
  };
  const observer = new MutationObserver((mutations) => {
    const added: Element[] = [];
    for (const mutation of mutations) for (const node of mutation.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    if (kit) kit.pageChanged?.(added);
    else host.waiting.overlays.push({ added, t: Date.now() });
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('click', (e) => {
    // The hub keeps the last action for a kit still to come; the kit itself ignores untrusted ones.
    if (trusted) host.lastActionAt = Date.now();
    kit?.shopperActed?.(e, Date.now());
  }, { capture: true, passive: true });
  if (attached) attach();
  cleanups.push(() => {
    observer.disconnect();
    kit?.stop?.();
  });
  const friction = {
    pageHidden: () => kit?.pageHidden?.(),
    stop() {
      ended = true;
      kit?.stop?.();
    },
  };
  const click = (selector: string) => document.querySelector(selector)!.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
  const show = (overlay: string) => document.body.insertAdjacentHTML('beforeend', overlay);
  const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  return { found, friction, measured, fading, click, show, wait, attach, stopObserving: () => observer.disconnect() };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  vi.useRealTimers();
});

const modal = (text: string, coverage = 0.6, className = 'modal') =>
  `<div class="${className}" role="dialog" aria-modal="true" data-fixed data-coverage="${coverage}"><p>${text}</p><button class="close">×</button></div>`;

describe('interstitials', () => {
  it('a newsletter modal is recorded when dismissed, with when it appeared and how long it stood in the way', async () => {
    const { found, show, click, wait } = setup();
    await wait(3000);
    const appeared = Date.now();
    show(modal("Inscrivez-vous à notre newsletter et recevez nos nouveautés en avant-première"));
    await wait(10);
    expect(found).toEqual([]); // recorded when it goes away
    await wait(4190);
    document.querySelector('.modal .close')!.addEventListener('click', () => document.querySelector('.modal')!.remove());
    click('.modal .close');
    await wait(10);
    expect(found).toEqual([{ signal: 'interstitial', t: appeared, detail: { kind: 'newsletter', coverage: 0.6, dismissedAfterMs: 4200 } }]);
  });

  it('hidden rather than removed: dismissed at the shopper’s click, seen at the next check', async () => {
    const { found, show, click, wait } = setup();
    await wait(2000);
    const appeared = Date.now();
    show(modal('Sie befinden sich auf der Website für Deutschland. Möchten Sie Ihr Land ändern?', 1));
    await wait(2600);
    document.querySelector('.modal .close')!.addEventListener('click', () => document.querySelector('.modal')!.classList.add('is-hidden'));
    click('.modal .close');
    await wait(600);
    expect(found).toEqual([{ signal: 'interstitial', t: appeared, detail: { kind: 'region', coverage: 1, dismissedAfterMs: 2600 } }]);
  });

  it('still open when the page hides: dismissedAfterMs is null', async () => {
    const { found, show, friction, wait } = setup();
    await wait(2000);
    show(modal('Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutti', 0.45));
    await wait(9000);
    friction.pageHidden();
    expect(found).toEqual([{ signal: 'interstitial', t: expect.any(Number), detail: { kind: 'cookie', coverage: 0.45, dismissedAfterMs: null } }]);
  });

  it('a small cookie bar (< 30% of the viewport) is not an interstitial', async () => {
    const { found, show, friction, wait } = setup();
    await wait(2000);
    show('<div id="cookie-banner" data-fixed data-coverage="0.12"><p>We use cookies.</p><button>Accept</button></div>');
    await wait(5000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('a large box that does not float over the page (a hero banner) is not an interstitial', async () => {
    const { found, show, friction, wait } = setup();
    await wait(2000);
    show('<section class="promo-overlay-hero" data-coverage="0.8"><h2>Nouvelle collection</h2></section>');
    await wait(1000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('a modal the shopper opened with a click (a size guide) is not an interstitial', async () => {
    const { found, show, click, friction, wait } = setup();
    await wait(2000);
    click('#size-guide');
    await wait(INTERSTITIAL_SOLICITED_MS - 500);
    show(modal('Guide des tailles: mesurez votre tour de poitrine', 0.7));
    await wait(3000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it("a page's synthetic click does not make its popup asked-for", async () => {
    const { found, show, click, friction, wait } = setup(undefined, { trusted: false });
    await wait(2000);
    click('#size-guide');
    show(modal('Get 10% off your first order', 0.5));
    await wait(1000);
    friction.pageHidden();
    expect(found.map((f) => f.detail.kind)).toEqual(['promotion']);
  });

  it('markup waiting hidden in the page is recorded when a timer shows it', async () => {
    const { found, wait, click, friction } = setup(`<main><h1>Gucci</h1></main>${modal('订阅我们的电子报，抢先了解新品', 0.5, 'modal is-hidden')}`);
    await wait(5000);
    expect(found).toEqual([]);
    const el = document.querySelector('[role="dialog"]')!;
    el.classList.remove('is-hidden');
    await wait(300);
    el.querySelector('.close')!.addEventListener('click', () => el.classList.add('is-hidden'));
    await wait(1000);
    click('.close');
    await wait(600);
    friction.pageHidden();
    expect(found).toHaveLength(1);
    expect(found[0].detail).toMatchObject({ kind: 'newsletter', coverage: 0.5 });
    expect(found[0].detail.dismissedAfterMs).toBeGreaterThanOrEqual(1000);
    expect(found[0].detail.dismissedAfterMs).toBeLessThanOrEqual(1300);
  });

  it('an overlay still fading in when added is measured again once the animation is over', async () => {
    const { found, show, fading, friction, wait } = setup();
    await wait(2000);
    fading.add('.modal');
    show(modal('Abonnez-vous pour 10 % de remise', 0.5));
    await wait(300);
    fading.clear(); // a CSS animation ends: no mutation tells anyone
    await wait(1000);
    friction.pageHidden();
    expect(found.map((f) => f.detail.kind)).toEqual(['newsletter']);
  });

  it('one overlay is one event, though its backdrop and dialog both look like overlays', async () => {
    const { found, show, friction, wait } = setup();
    await wait(2000);
    show('<div class="modal-wrapper" data-fixed data-coverage="1"><div class="modal-dialog" role="dialog" data-coverage="0.3"><p>¡Suscríbete y obtén un 10% de descuento!</p></div></div>');
    await wait(1000);
    friction.pageHidden();
    expect(found).toHaveLength(1);
    expect(found[0].detail).toMatchObject({ kind: 'newsletter', coverage: 1 });
  });

  it('an empty backdrop alone is not one', async () => {
    const { found, show, friction, wait } = setup();
    await wait(2000);
    show('<div class="modal-backdrop" data-fixed data-coverage="1"></div>');
    await wait(1000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('a page adding hundreds of nodes at once gets only a few of them measured', async () => {
    const { found, measured, show, friction, wait } = setup();
    await wait(2000);
    measured.length = 0;
    show(Array.from({ length: 300 }, (_, i) => `<div class="tile-popup-${i}"><p>Look ${i}</p></div>`).join(''));
    await wait(10);
    expect(measured.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('an overlay spotted before the kit arrived is timed from when it was spotted', async () => {
    const { found, show, click, attach, wait } = setup(undefined, { attached: false });
    await wait(2000);
    const appeared = Date.now();
    show(modal('Inscrivez-vous à notre newsletter', 0.6));
    await wait(400); // the kit on its way
    attach();
    await wait(1600);
    document.querySelector('.modal .close')!.addEventListener('click', () => document.querySelector('.modal')!.remove());
    click('.modal .close');
    await wait(10);
    expect(found).toEqual([{ signal: 'interstitial', t: appeared, detail: { kind: 'newsletter', coverage: 0.6, dismissedAfterMs: 2000 } }]);
  });

  it('a click after an overlay appeared, before the kit arrived, does not make it asked-for', async () => {
    const { found, show, click, attach, friction, wait } = setup(undefined, { attached: false });
    await wait(2000);
    const appeared = Date.now();
    show(modal('Inscrivez-vous à notre newsletter', 0.6));
    await wait(300);
    click('#size-guide'); // the shopper clicks beside it; the kit is still on its way
    await wait(300);
    attach();
    await wait(1000);
    friction.pageHidden();
    expect(found).toEqual([{ signal: 'interstitial', t: appeared, detail: { kind: 'newsletter', coverage: 0.6, dismissedAfterMs: null } }]);
  });

  it("a modal the shopper's click opened before the kit arrived is still asked-for", async () => {
    const { found, show, click, attach, friction, wait } = setup(undefined, { attached: false });
    await wait(2000);
    click('#size-guide');
    await wait(200);
    show(modal('Guide des tailles: mesurez votre tour de poitrine', 0.7));
    await wait(300);
    attach();
    await wait(3000);
    friction.pageHidden();
    expect(found).toEqual([]);
  });

  it('stop() leaves no observer behind', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    try {
      const { friction, stopObserving, wait } = setup('<div class="newsletter-modal" hidden><p>Join us</p></div>');
      stopObserving();
      // The start-up scan keeps the hidden modal in view.
      expect(observe.mock.calls.some(([target]) => target === document.querySelector('.newsletter-modal'))).toBe(true);
      observe.mockClear();
      disconnect.mockClear();
      friction.stop();
      expect(observe).not.toHaveBeenCalled();
      expect(disconnect).toHaveBeenCalled();
      await wait(5000);
      expect(observe).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
