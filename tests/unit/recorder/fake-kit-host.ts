// A KitHost as the recorder's kit hub lends one, for driving a kit directly:
// the test's clock and timers, what the kit records and finds, and the visit
// and findings waiting as the test sets them.
import type { RecordedEvent } from '@/lib/events';
import type { FoundFriction } from '@/lib/recorder/friction/friction-sink';
import type { Visit } from '@/lib/recorder/journey-detector';
import type { KitHost, WaitingFindings } from '@/lib/recorder/kits/protocol';
import { uuid } from '../helpers';

export interface FakeKitHost extends KitHost {
  visit: Visit | null;
  lastActionAt: number;
  /** What takeWaiting() hands over next. */
  waiting: WaitingFindings;
}

export function fakeKitHost(overrides: Partial<Pick<FakeKitHost, 'visit' | 'lastActionAt' | 'waiting'>> = {}) {
  const found: FoundFriction[] = [];
  const recorded: RecordedEvent[] = [];
  const host: FakeKitHost = {
    doc: document,
    now: () => Date.now(),
    newId: uuid,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    record: (event) => recorded.push(event),
    friction: (f) => found.push(f),
    visit: null,
    lastActionAt: -Infinity,
    waiting: { overlays: [], clicks: [] },
    takeWaiting() {
      const taken = host.waiting;
      host.waiting = { overlays: [], clicks: [] };
      return taken;
    },
    ...overrides,
  };
  return { host, found, recorded };
}

/** A visit to the page the test document is on. */
export function visitTo(pageType: Visit['pageType'], t = Date.now()): Visit {
  return { visitId: uuid(), t, url: location.origin + location.pathname, pageType, href: location.href };
}
