// The recorder's side of the kit seam: asks the background for a kit when the
// page first needs it (a shopping visit; something overlay-like, a rage or dead
// click), keeps what a kit must see from before it arrived (the visit, the last
// action, the findings waiting), and hands every later event to the kits that came.
import type { KitName } from '../../messages';
import type { Visit } from '../journey-detector';
import { JOURNEY_PAGES } from './journey-pages';
import type { ClickFinding } from '../friction/click-findings';
import type { Kit, KitHost, RunningRecorder, WaitingFindings } from './protocol';

/** Findings kept for the friction kit until it arrives: a page has a handful at most. */
const MAX_WAITING = 20;

export interface KitHubEnv extends Omit<KitHost, 'visit' | 'lastActionAt' | 'takeWaiting'> {
  /** Asks the background to inject the kit; true once it did. */
  load: (name: KitName) => Promise<boolean>;
  isInvalid: () => boolean;
}

export function createKitHub(env: KitHubEnv) {
  const kits = new Map<KitName, Kit>();
  const asked = new Set<KitName>();
  let visit: Visit | null = null;
  let lastActionAt = -Infinity;
  let waiting: WaitingFindings = { overlays: [], clicks: [] };

  const host: KitHost = {
    doc: env.doc,
    now: env.now,
    newId: env.newId,
    setTimeout: env.setTimeout,
    record: env.record,
    friction: env.friction,
    get visit() {
      return visit;
    },
    get lastActionAt() {
      return lastActionAt;
    },
    takeWaiting() {
      const taken = waiting;
      waiting = { overlays: [], clicks: [] };
      return taken;
    },
  };

  /** Asked for once; a kit that did not come (the worker restarting) is asked for again when next needed. */
  function need(name: KitName) {
    if (asked.has(name) || env.isInvalid()) return;
    asked.add(name);
    env.load(name).then((loaded) => loaded || asked.delete(name), () => asked.delete(name));
  }

  const each = (call: (kit: Kit) => void) => {
    for (const kit of kits.values()) call(kit);
  };

  const recorder: RunningRecorder = {
    get isInvalid() {
      return env.isInvalid();
    },
    has: (name) => kits.has(name),
    attach(name, make) {
      if (!kits.has(name)) kits.set(name, make(host));
    },
  };

  return {
    recorder,
    has: (name: KitName) => kits.has(name),
    /** A visit's page was classified: shopping pages need the journey kit. */
    visitStarted(next: Visit) {
      visit = next;
      if (JOURNEY_PAGES.has(next.pageType)) need('journey');
      each((kit) => kit.visitStarted?.(next));
    },
    shopperActed(event: Event, t: number) {
      lastActionAt = t;
      each((kit) => kit.shopperActed?.(event, t));
    },
    pageChanged(added: Element[]) {
      each((kit) => kit.pageChanged?.(added));
    },
    /** Nodes that may hold an overlay (null: the page at start), before the friction kit is here to look itself. */
    overlaysSpotted(added: Element[] | null, t: number) {
      if (kits.has('friction')) return;
      if (waiting.overlays.length < MAX_WAITING) waiting.overlays.push({ added, t });
      need('friction');
    },
    /** A rage burst began: fetch its judge before the burst ends. */
    clickSuspected: () => need('friction'),
    clickFound(finding: ClickFinding) {
      const judge = kits.get('friction');
      if (judge) judge.clickFound?.(finding);
      else {
        if (waiting.clicks.length < MAX_WAITING) waiting.clicks.push(finding);
        need('friction');
      }
    },
    invalidFired: (event: Event) => each((kit) => kit.invalidFired?.(event)),
    pageHidden: () => each((kit) => kit.pageHidden?.()),
    stop() {
      each((kit) => kit.stop?.());
      kits.clear();
      waiting = { overlays: [], clicks: [] };
    },
  };
}

export type KitHub = ReturnType<typeof createKitHub>;
