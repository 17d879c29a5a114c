// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SessionScreen } from '@/components/dashboard/session/session-screen';
import { EventTimeline } from '@/components/dashboard/session/event-timeline';
import { applyEvent, endSession, newSession, type Session } from '@/lib/journey/session';
import { REFERENCE_STANDARD, withScore } from '@/lib/score';
import type { StoredEvent } from '@/lib/events';
import { renderInDashboard, seed } from './dashboard-harness';

afterEach(cleanup);

const T0 = new Date(2026, 2, 3, 14, 0).getTime();
const ORIGIN = 'https://www.gucci.com';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** A Gucci journey: home with a slow LCP, a search that found nothing, a rage click, a product, a rated session. */
function journey(): { session: Session; events: StoredEvent[] } {
  const homeVisit = id();
  const productVisit = id();
  const base = { sessionId: 'gucci-1', tabId: 4, siteId: 'gucci' };
  const events = [
    { id: id(), visitId: homeVisit, t: T0, type: 'page_view', pageType: 'home', url: `${ORIGIN}/uk/en_gb/`, nav: 'load', title: 'GUCCI® UK Official Site', loadMs: 2100 },
    { id: id(), visitId: homeVisit, t: T0 + 900, type: 'vital', pageType: 'home', url: `${ORIGIN}/uk/en_gb/`, name: 'LCP', value: 4600, rating: 'poor' },
    { id: id(), visitId: homeVisit, t: T0 + 950, type: 'vital', pageType: 'home', url: `${ORIGIN}/uk/en_gb/`, name: 'CLS', value: 0.04, rating: 'good' },
    { id: id(), visitId: homeVisit, t: T0 + 4000, type: 'friction', pageType: 'home', url: `${ORIGIN}/uk/en_gb/`, signal: 'interstitial', detail: { kind: 'newsletter', dismissMs: 3200 } },
    { id: id(), visitId: id(), t: T0 + 20_000, type: 'search', pageType: 'search', url: `${ORIGIN}/uk/en_gb/search`, query: 'horsebit loafers', resultCount: 0, zeroResults: true },
    { id: id(), visitId: productVisit, t: T0 + 62_000, type: 'page_view', pageType: 'product', url: `${ORIGIN}/uk/en_gb/pr/horsebit-loafer`, nav: 'spa', title: 'Horsebit loafer', loadMs: null },
    { id: id(), visitId: productVisit, t: T0 + 62_500, type: 'product_view', pageType: 'product', url: `${ORIGIN}/uk/en_gb/pr/horsebit-loafer`, productId: '307929', name: 'Horsebit loafer', brand: 'Gucci', price: 890, currency: 'GBP', inStock: true },
    { id: id(), visitId: productVisit, t: T0 + 63_000, type: 'vital', pageType: 'product', url: `${ORIGIN}/uk/en_gb/pr/horsebit-loafer`, name: 'LCP', value: 2100, rating: 'good' },
    { id: id(), visitId: productVisit, t: T0 + 70_000, type: 'friction', pageType: 'product', url: `${ORIGIN}/uk/en_gb/pr/horsebit-loafer`, signal: 'rage_click', detail: { target: 'size selector' } },
    { id: id(), visitId: id(), t: T0 + 200_000, type: 'rating', pageType: 'product', url: `${ORIGIN}/uk/en_gb/`, ces: 3, seq: 4, note: 'Search found nothing for loafers.' },
  ].map((e) => ({ ...e, ...base })) as StoredEvent[];
  let session = newSession('gucci-1', 'gucci', 'Gucci', T0);
  for (const event of events) session = applyEvent(session, event);
  return { session: withScore(endSession(session, 'idle', T0 + 300_000), REFERENCE_STANDARD), events };
}

describe('the session view', () => {
  it('shows the site, the score with grade and the biggest deductions', async () => {
    const { session, events } = journey();
    await renderInDashboard(<SessionScreen id="gucci-1" now={T0 + 3_600_000} />, await seed([session], events));
    expect((await screen.findByTestId('session-site')).textContent).toBe('Gucci');
    const score = screen.getByTestId('session-score');
    expect(score.textContent).toContain(String(Math.round(session.score!.score!)));
    expect(score.textContent).toContain(session.score!.grade!);
    expect(score.textContent).toContain('Reference standard');
    const deductions = within(screen.getByTestId('deductions')).getAllByRole('listitem').map((li) => li.textContent);
    expect(deductions).toContain(session.score!.deductions[0].sentence);
  });

  it('breaks the score down by pillar and metric, checkout marked as not measured', async () => {
    const { session, events } = journey();
    await renderInDashboard(<SessionScreen id="gucci-1" />, await seed([session], events));
    const breakdown = await screen.findByTestId('score-breakdown');
    const find = within(breakdown).getByTestId('pillar-find');
    expect(find.textContent).toContain('Time to first product');
    expect(find.textContent).toContain('1 min 3 s'); // first product 62.5 s after the start
    expect(find.textContent).toContain('≤ 20 s');
    expect(within(breakdown).getByTestId('pillar-buy').textContent).toContain('Not measured');
    expect(within(breakdown).getByTestId('pillar-calm').textContent).toMatch(/Pop-ups in the way\s*1/);
    expect(within(breakdown).getAllByRole('meter').length).toBeGreaterThan(8);
  });

  it('lists every event in time order, friction named in words', async () => {
    const { session, events } = journey();
    await renderInDashboard(<SessionScreen id="gucci-1" />, await seed([session], events));
    const items = await screen.findAllByTestId('timeline-event');
    expect(items).toHaveLength(events.length);
    expect(items[0].textContent).toContain('+0:00');
    expect(items[0].textContent).toContain('GUCCI® UK Official Site');
    const texts = items.map((i) => i.textContent);
    expect(texts.findIndex((t) => t!.includes('“horsebit loafers” — no results'))).toBeLessThan(texts.findIndex((t) => t!.includes('Horsebit loafer · £890')));
    expect(texts.some((t) => t!.includes('Friction: Rage click') && t!.includes('size selector'))).toBe(true);
    expect(texts.some((t) => t!.includes('Pop-up in the way') && t!.includes('newsletter'))).toBe(true);
  });

  it('shows web vitals per page with their rating in words, and the shopper’s rating', async () => {
    const { session, events } = journey();
    await renderInDashboard(<SessionScreen id="gucci-1" />, await seed([session], events));
    const vitals = await screen.findByTestId('page-vitals');
    const rows = within(vitals).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('GUCCI® UK Official Site');
    expect(rows[0].textContent).toContain('4.6 s');
    expect(rows[0].textContent).toContain('poor');
    expect(rows[1].textContent).toContain('Horsebit loafer');
    expect(rows[1].textContent).toContain('2.1 s');
    const rating = screen.getByTestId('rating');
    expect(rating.textContent).toContain('3');
    expect(rating.textContent).toContain('Single Ease Question: 4 / 7');
    expect(rating.textContent).toContain('Search found nothing for loafers.');
  });

  it('a one-page session says “1 page” and “1 event”', async () => {
    const visitId = id();
    const home = { id: id(), visitId, sessionId: 'brief-1', tabId: 4, siteId: 'gucci', t: T0, type: 'page_view', pageType: 'home', url: `${ORIGIN}/uk/en_gb/`, nav: 'load', title: 'GUCCI® UK Official Site', loadMs: 2100 } as StoredEvent;
    const session = withScore(endSession(applyEvent(newSession('brief-1', 'gucci', 'Gucci', T0), home), 'idle', T0 + 30_000), REFERENCE_STANDARD);
    await renderInDashboard(<SessionScreen id="brief-1" />, await seed([session], [home]));
    await screen.findByTestId('session-site');
    expect(document.querySelector('.session-head__meta')!.textContent).toContain('1 page');
    expect(document.querySelector('.session-head__meta')!.textContent).not.toContain('1 pages');
    expect(document.querySelector('#timeline-title .panel__count')!.textContent).toBe('1 event');
  });

  it('at the same millisecond shows the page, then the search, then its “no results” friction', () => {
    const visitId = id();
    const at = { visitId, sessionId: 'gucci-2', tabId: 4, siteId: 'gucci', t: T0 + 5000, pageType: 'search', url: `${ORIGIN}/uk/en_gb/search?q=loafers` };
    // Stored order (by random id) can put the friction before what it qualifies.
    const events = [
      { ...at, id: id(), type: 'friction', signal: 'zero_results', detail: { query: 'loafers' } },
      { ...at, id: id(), type: 'search', query: 'loafers', resultCount: 0, zeroResults: true },
      { ...at, id: id(), type: 'page_view', nav: 'load', title: 'Search results', loadMs: 800 },
    ] as StoredEvent[];
    render(<EventTimeline events={events} startedAt={T0} />);
    const details = screen.getAllByTestId('timeline-event').map((item) => item.querySelector('.event__detail')!.textContent);
    expect(details).toEqual(['Search results', '“loafers” — no results', 'query: loafers']);
  });

  it('says so when the session does not exist', async () => {
    await renderInDashboard(<SessionScreen id="missing" />);
    expect(await screen.findByText('Session not found')).toBeTruthy();
  });
});
