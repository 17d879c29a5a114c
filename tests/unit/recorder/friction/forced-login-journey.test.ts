// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourneyDetector } from '@/lib/recorder/journey-detector';
import { LOGIN_SETTLE_MS } from '@/lib/recorder/friction/forced-login';
import type { RecordedEvent } from '@/lib/events';
import { T0, uuid } from '../../helpers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(html: string) {
  document.body.innerHTML = html;
  const events: RecordedEvent[] = [];
  let now = T0;
  const detector = createJourneyDetector({ doc: document, emit: (e) => events.push(e), newId: uuid, now: () => now, setTimeout: (cb, ms) => setTimeout(cb, ms) });
  const advance = async (ms: number) => { now += ms; await vi.advanceTimersByTimeAsync(ms); };
  detector.startVisit({ visitId: uuid(), t: now, url: 'https://www.net-a-porter.com/en-gb/checkout/login', pageType: 'checkout', checkoutStep: 'login' });
  return { events, advance, detector };
}
const SIGN_IN = '<main><h1>Sign in</h1><form><input type="email"><input type="password"><button>Sign in</button></form></main>';

describe('forced login', () => {
  it('a sign-in step without a guest option is a forced_login at the time the step was reached', async () => {
    const { events, advance } = setup(SIGN_IN);
    await advance(LOGIN_SETTLE_MS);
    expect(events.filter((e) => e.type === 'friction')).toEqual([expect.objectContaining({ signal: 'forced_login', t: T0 })]);
  });
  it('a guest option rendered a moment after the form is seen in time', async () => {
    const { events, advance } = setup(SIGN_IN);
    await advance(500);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<button>Continue as guest</button>');
    await advance(LOGIN_SETTLE_MS);
    expect(events.filter((e) => e.type === 'friction')).toEqual([]);
  });
  it('waits for a sign-in form rendered late', async () => {
    const { events, advance, detector } = setup('<main><div class="spinner"></div></main>');
    await advance(LOGIN_SETTLE_MS + 1000);
    expect(events.filter((e) => e.type === 'friction')).toEqual([]);
    document.querySelector('main')!.innerHTML = SIGN_IN;
    detector.pageChanged([document.querySelector('form')!]);
    await advance(100);
    expect(events.filter((e) => e.type === 'friction')).toHaveLength(1);
  });
});
