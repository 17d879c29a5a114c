import { describe, expect, it } from 'vitest';
import { recordedEventSchema, type RecordedEvent } from '@/lib/events';
import { createFrictionSink } from '@/lib/recorder/friction/friction-sink';
import { T0, uuid } from '../../helpers';

const ORIGIN = 'https://www.mytheresa.com';

function setup() {
  const events: RecordedEvent[] = [];
  let now = T0;
  const sink = createFrictionSink({ add: (e) => events.push(e), newId: uuid, now: () => now });
  const visit = (path: string, nav: 'load' | 'spa' | 'back_forward', pageType: RecordedEvent['pageType'] = 'listing') => {
    const visitId = uuid();
    sink.visitStarted({ visitId, pageType, url: ORIGIN + path, nav });
    return visitId;
  };
  return { sink, events, visit, tick: (ms: number) => (now += ms) };
}

describe('friction sink', () => {
  it('findings before the first page view wait for it, and every event passes the background schema', () => {
    const { sink, events, visit } = setup();
    sink.vital({ name: 'FCP', value: 840, rating: 'good' });
    sink.friction({ signal: 'interstitial', t: T0 + 10, detail: { kind: 'cookie', coverage: 0.5, dismissedAfterMs: null } });
    expect(events).toEqual([]);
    const visitId = visit('/en-gb/', 'load', 'home');
    expect(events.map((e) => [e.type, e.visitId, e.pageType])).toEqual([['vital', visitId, 'home'], ['friction', visitId, 'home']]);
    for (const event of events) expect(recordedEventSchema.safeParse(event).success).toBe(true);
  });

  it('friction belongs to the current visit; vitals to the page load they measure, not a later SPA route', () => {
    const { sink, events, visit, tick } = setup();
    const load = visit('/en-gb/clothing', 'load');
    const route = visit('/en-gb/clothing/dresses', 'spa');
    tick(5000);
    sink.vital({ name: 'CLS', value: 0.02, rating: 'good' });
    sink.friction({ signal: 'dead_click', t: T0 + 4000, detail: { target: 'button' } });
    expect(events.map((e) => [e.type, e.visitId, e.url])).toEqual([
      ['vital', load, `${ORIGIN}/en-gb/clothing`],
      ['friction', route, `${ORIGIN}/en-gb/clothing/dresses`],
    ]);
    expect(events[0].t).toBe(T0 + 5000);
    expect(events[1].t).toBe(T0 + 4000);
    expect(sink.pageType).toBe('listing');
  });

  it('a back/forward-cache restore is a new page load for vitals', () => {
    const { sink, events, visit } = setup();
    visit('/en-gb/bag', 'load', 'bag');
    const restored = visit('/en-gb/bag', 'back_forward', 'bag');
    sink.vital({ name: 'LCP', value: 120, rating: 'good' });
    expect(events[0].visitId).toBe(restored);
  });
});
