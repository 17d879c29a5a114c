// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.net-a-porter.com/en-gb/shop/product/123"}
// The recorder's side of the kit seam: which kits a page asks for and when, what
// it keeps for a kit still on its way, and how events reach the kits that came.
import { describe, expect, it, vi } from 'vitest';
import type { KitName } from '@/lib/messages';
import type { ClickFinding } from '@/lib/recorder/friction/click-findings';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';
import { createKitHub } from '@/lib/recorder/kits/kit-hub';
import { createFrictionKit } from '@/lib/recorder/kits/friction-kit';
import type { Kit, KitHost, WaitingFindings } from '@/lib/recorder/kits/protocol';
import { T0, uuid } from '../helpers';
import { visitTo } from './fake-kit-host';

/** Flushes the promise the hub awaits on a load. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup({ invalid = false } = {}) {
  const asked: KitName[] = [];
  const answers: Array<{ resolve: (loaded: boolean) => void; reject: (error: Error) => void }> = [];
  const found: FoundFriction[] = [];
  const state = { invalid };
  const hub = createKitHub({
    doc: document,
    now: () => T0,
    newId: uuid,
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    record: () => {},
    friction: (f) => found.push(f),
    isInvalid: () => state.invalid,
    load: (name) => {
      asked.push(name);
      return new Promise<boolean>((resolve, reject) => answers.push({ resolve, reject }));
    },
  });
  /** The background answers the oldest load still unanswered (or the message fails). */
  const answer = async (loaded: boolean | Error) => {
    const { resolve, reject } = answers.shift()!;
    if (loaded instanceof Error) reject(loaded);
    else resolve(loaded);
    await settle();
  };
  return { hub, asked, answer, found, state };
}

/** A kit that notes what it was handed. */
function spyKit() {
  const kit = {
    host: null as KitHost | null,
    waiting: null as WaitingFindings | null,
    calls: [] as string[],
    clicks: [] as ClickFinding[],
  };
  const make = (host: KitHost): Kit => {
    kit.host = host;
    kit.waiting = host.takeWaiting();
    return {
      visitStarted: (visit) => kit.calls.push(`visit ${visit.pageType}`),
      shopperActed: (_event, t) => kit.calls.push(`acted ${t}`),
      pageChanged: (added) => kit.calls.push(`changed ${added.length}`),
      clickFound: (finding) => kit.clicks.push(finding),
      invalidFired: () => kit.calls.push('invalid'),
      pageHidden: () => kit.calls.push('page hidden'),
      stop: () => kit.calls.push('stop'),
    };
  };
  return { kit, make };
}

const finding = (signal: ClickFinding['signal'], target: Element, t = T0): ClickFinding => ({ signal, t, target, ...(signal === 'rage_click' ? { clicks: 3 } : {}) });

describe('the kit hub', () => {
  it('a shopping visit asks for the journey kit, once; a listing visit does not', async () => {
    const { hub, asked } = setup();
    hub.visitStarted(visitTo('listing'));
    hub.visitStarted(visitTo('home'));
    expect(asked).toEqual([]);
    hub.visitStarted(visitTo('product'));
    hub.visitStarted(visitTo('product'));
    hub.visitStarted(visitTo('checkout'));
    expect(asked).toEqual(['journey']);
  });

  it('the journey kit finds the visit in progress and the last action, and follows every later one', () => {
    const { hub } = setup();
    const product = visitTo('product');
    hub.visitStarted(product);
    hub.shopperActed(new Event('click'), T0 + 5);
    const { kit, make } = spyKit();
    hub.recorder.attach('journey', make);
    expect(kit.host?.visit).toBe(product);
    expect(kit.host?.lastActionAt).toBe(T0 + 5);
    hub.visitStarted(visitTo('bag'));
    hub.shopperActed(new Event('submit'), T0 + 9);
    hub.pageChanged([document.createElement('div')]);
    hub.invalidFired(new Event('invalid'));
    hub.pageHidden();
    expect(kit.calls).toEqual(['visit bag', `acted ${T0 + 9}`, 'changed 1', 'invalid', 'page hidden']);
    expect(kit.host?.visit?.pageType).toBe('bag');
  });

  it('overlays spotted and clicks found ask for the friction kit, and wait for it', async () => {
    document.body.innerHTML = '<button id="a">Add</button><div class="modal"></div>';
    const { hub, asked, answer } = setup();
    const modal = document.querySelector('.modal')!;
    const button = document.getElementById('a')!;
    hub.overlaysSpotted(null, T0);
    hub.clickSuspected();
    hub.overlaysSpotted([modal], T0 + 100);
    hub.clickFound(finding('rage_click', button, T0 + 200));
    expect(asked).toEqual(['friction']);
    await answer(true);
    expect(hub.has('friction')).toBe(false); // the background injected it: it attaches itself
    const { kit, make } = spyKit();
    hub.recorder.attach('friction', make);
    expect(hub.has('friction')).toBe(true);
    expect(kit.waiting).toEqual({ overlays: [{ added: null, t: T0 }, { added: [modal], t: T0 + 100 }], clicks: [finding('rage_click', button, T0 + 200)] });
    expect(kit.host?.takeWaiting()).toEqual({ overlays: [], clicks: [] }); // taken once
    // From now on, straight to the kit: nothing more waits, nothing more is asked for.
    const later = finding('dead_click', button, T0 + 300);
    hub.clickFound(later);
    hub.overlaysSpotted([modal], T0 + 400);
    expect(kit.clicks).toEqual([later]);
    expect(kit.host?.takeWaiting()).toEqual({ overlays: [], clicks: [] });
    expect(asked).toEqual(['friction']);
  });

  it('findings waiting for the friction kit are judged by it once it comes', () => {
    document.body.innerHTML = '<button class="load-more">Load more</button><a id="pdf" href="/size-guide.pdf" download>Size guide</a>';
    const { hub, found } = setup();
    hub.clickFound(finding('dead_click', document.querySelector('.load-more')!, T0));
    hub.clickFound(finding('dead_click', document.getElementById('pdf')!, T0 + 10));
    expect(found).toEqual([]);
    hub.recorder.attach('friction', (host) => createFrictionKit(host, { measure: () => ({ coverage: 0, visible: false, floating: false }) }));
    expect(found).toEqual([{ signal: 'dead_click', t: T0, detail: { target: 'button.load-more' } }]);
    hub.clickFound(finding('rage_click', document.querySelector('.load-more')!, T0 + 20));
    expect(found.map((f) => f.signal)).toEqual(['dead_click', 'rage_click']);
    hub.stop();
  });

  it('a kit that did not come is asked for again when next needed', async () => {
    document.body.innerHTML = '<button>Pay</button>';
    const { hub, asked, answer } = setup();
    hub.visitStarted(visitTo('checkout'));
    await answer(false); // the worker restarting
    hub.visitStarted(visitTo('checkout'));
    expect(asked).toEqual(['journey', 'journey']);
    hub.clickFound(finding('dead_click', document.querySelector('button')!));
    await answer(true); // journey
    await answer(new Error('Could not establish connection'));
    hub.clickSuspected();
    expect(asked).toEqual(['journey', 'journey', 'friction', 'friction']);
    hub.visitStarted(visitTo('product'));
    expect(asked).toHaveLength(4); // the journey kit was loaded: not asked again
  });

  it('nothing is asked for once the extension is gone', () => {
    const { hub, asked } = setup({ invalid: true });
    hub.visitStarted(visitTo('product'));
    hub.overlaysSpotted(null, T0);
    hub.clickSuspected();
    expect(asked).toEqual([]);
    expect(hub.recorder.isInvalid).toBe(true);
  });

  it('waiting findings are capped', () => {
    document.body.innerHTML = '<button>Go</button>';
    const { hub } = setup();
    for (let i = 0; i < 50; i += 1) {
      hub.overlaysSpotted(null, T0 + i);
      hub.clickFound(finding('dead_click', document.querySelector('button')!, T0 + i));
    }
    const { kit, make } = spyKit();
    hub.recorder.attach('friction', make);
    expect(kit.waiting!.overlays.length).toBeLessThanOrEqual(20);
    expect(kit.waiting!.clicks.length).toBeLessThanOrEqual(20);
    expect(kit.waiting!.clicks[0].t).toBe(T0); // the first ones are kept
  });

  it('stop() stops every kit, and later events reach none', () => {
    const { hub } = setup();
    const journey = spyKit();
    const friction = spyKit();
    hub.recorder.attach('journey', journey.make);
    hub.recorder.attach('friction', friction.make);
    hub.stop();
    expect(journey.kit.calls).toEqual(['stop']);
    expect(friction.kit.calls).toEqual(['stop']);
    hub.pageHidden();
    hub.visitStarted(visitTo('listing'));
    expect(journey.kit.calls).toEqual(['stop']);
    expect(hub.has('journey')).toBe(false);
  });

  it('attaching a kit twice keeps the first', () => {
    const { hub } = setup();
    const first = spyKit();
    const second = spyKit();
    const makeSecond = vi.fn(second.make);
    hub.recorder.attach('journey', first.make);
    hub.recorder.attach('journey', makeSecond);
    expect(makeSecond).not.toHaveBeenCalled();
    expect(hub.recorder.has('journey')).toBe(true);
    hub.pageHidden();
    expect(first.kit.calls).toEqual(['page hidden']);
    expect(second.kit.calls).toEqual([]);
  });
});
