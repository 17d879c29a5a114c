import { describe, expect, it } from 'vitest';
import { applyEvent, endReasonAt, endSession, newSession, SESSION_AFTER_ORDER_MS, SESSION_IDLE_MS } from '@/lib/journey/session';
import type { StoredEvent } from '@/lib/events';
import { MINUTE, pageView, T0 } from '../helpers';

const stored = (event: object, tabId = 1) => ({ ...pageView(), ...event, sessionId: 's1', tabId, siteId: 'net-a-porter' }) as StoredEvent;

describe('session aggregates', () => {
  it('counts pages and remembers every tab of the session', () => {
    let session = newSession('s1', 'net-a-porter', 'Net-a-Porter', T0);
    session = applyEvent(session, stored({ t: T0 }, 1));
    session = applyEvent(session, stored({ t: T0 + 5000 }, 2));
    expect(session.counts.pages).toBe(2);
    expect(session.counts.events).toBe(2);
    expect(session.tabIds).toEqual([1, 2]);
    expect(session.lastEventAt).toBe(T0 + 5000);
  });

  it('keeps the earliest time of each milestone, whatever order events arrive in', () => {
    let session = newSession('s1', 'net-a-porter', 'Net-a-Porter', T0);
    const search = { type: 'search', query: 'tote', resultCount: 0, zeroResults: true };
    session = applyEvent(session, stored({ ...search, t: T0 + 9000 }));
    session = applyEvent(session, stored({ ...search, t: T0 + 3000 }));
    expect(session.firstSearchAt).toBe(T0 + 3000);
    expect(session.counts.zeroResultSearches).toBe(2);
  });

  it('keeps the p75 of each vital', () => {
    let session = newSession('s1', 'net-a-porter', 'Net-a-Porter', T0);
    for (const value of [1000, 2000, 3000, 4000]) {
      session = applyEvent(session, stored({ type: 'vital', name: 'LCP', value, rating: 'good' }));
    }
    expect(session.vitals.LCP?.p75).toBe(3000);
  });

  it('counts friction by signal', () => {
    let session = newSession('s1', 'net-a-porter', 'Net-a-Porter', T0);
    session = applyEvent(session, stored({ type: 'friction', signal: 'rage_click', detail: {} }));
    session = applyEvent(session, stored({ type: 'friction', signal: 'rage_click', detail: {} }));
    expect(session.counts.friction).toEqual({ rage_click: 2 });
  });
});

describe('session end rules', () => {
  const session = { ...newSession('s1', 'net-a-porter', 'Net-a-Porter', T0) };

  it('continues up to 30 minutes of silence and ends after', () => {
    expect(endReasonAt(session, T0 + SESSION_IDLE_MS)).toBeNull();
    expect(endReasonAt(session, T0 + SESSION_IDLE_MS + 1)).toBe('idle');
  });

  it('ends 2 minutes after an order', () => {
    const ordered = { ...session, orderAt: T0 + MINUTE, lastEventAt: T0 + 2 * MINUTE };
    expect(endReasonAt(ordered, T0 + MINUTE + SESSION_AFTER_ORDER_MS)).toBeNull();
    expect(endReasonAt(ordered, T0 + MINUTE + SESSION_AFTER_ORDER_MS + 1)).toBe('order');
  });

  it('an idle session ends at its last event, a user-ended one when the user says so', () => {
    expect(endSession(session, 'idle', T0 + 40 * MINUTE).endedAt).toBe(T0);
    expect(endSession(session, 'user', T0 + 5 * MINUTE)).toMatchObject({ endedAt: T0 + 5 * MINUTE, status: 'ended', endReason: 'user' });
  });
});
