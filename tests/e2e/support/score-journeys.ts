// What the score, rating and dashboard suites share: the shopper's rating and
// a browse-only Net-a-Porter visit, the timeline the popup must show after the
// full journey, reading sessions and profiles back, comparing scores computed
// in two JavaScript engines, and keeping pictures for the README.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from '../../../lib/journey/session';
import type { Profile } from '../../../lib/score/profile';
import type { ChromiumSession } from './chromium';
import type { StoredEvent } from './db';
import type { Journey } from './journeys/model';
import { NAP_JOURNEY } from './journeys/nap';
import { REPO_ROOT } from './paths';

export const GRADES = ['Effortless', 'Smooth', 'Ordinary', 'Laborious'];

/** The shopper's answer to the CES question, and what they add. */
export const RATING = { ces: 6, note: 'Found the tote on the second search; checkout was long.' } as const;

/** A browse-only visit: home, one search that finds totes, the category, the tote, the bag. No checkout. */
export const NAP_BROWSE: Journey = { ...NAP_JOURNEY, steps: [0, 2, 3, 4, 5].map((i) => NAP_JOURNEY.steps[i]) };

/** The full Net-a-Porter journey as the popup's timeline tells it: pages and markers in order. */
export const NAP_TIMELINE = [
  ['page', "NET-A-PORTER | Luxury Designer Fashion | Women's Clothing"],
  ['page', '\u201cglitter tote\u201d | Search results | NET-A-PORTER'],
  // A friction marker says so to a screen reader (visually hidden).
  ['marker', 'Friction: search "glitter tote" — no results'],
  ['page', '\u201cleather tote\u201d | Search results | NET-A-PORTER'],
  ['marker', 'search "leather tote" — 3 results, tried again'],
  ['page', 'Tote Bags | Designer Tote Bags for Women | NET-A-PORTER'],
  ['page', 'Jackie 1961 leather tote | GUCCI | NET-A-PORTER'],
  ['marker', 'first product: Jackie 1961 leather tote (Gucci)'],
  ['marker', 'added to bag: Jackie 1961 leather tote'],
  ['page', 'Shopping bag | NET-A-PORTER'],
  ['page', 'Checkout | NET-A-PORTER'],
  ['marker', 'checkout: shipping (9 fields)'],
  ['marker', 'checkout: delivery (4 fields)'],
  ['marker', 'checkout: payment (5 fields)'],
  ['marker', 'checkout: review (1 field)'],
  ['page', 'Order confirmation | NET-A-PORTER'],
  ['marker', 'order placed'],
];

/** Friction that depends on the machine's speed (web vitals) may add markers; the plan leaves them out. */
export const MACHINE_DEPENDENT_MARKER = /^Friction: (slow page|slow response|content jumped)/;

export interface ScoreStores {
  events: StoredEvent[];
  sessions: Session[];
  profiles: Profile[];
}

export async function readScoreStores(browser: ChromiumSession): Promise<ScoreStores> {
  const stores = await browser.readStores(['events', 'sessions', 'profiles']);
  return {
    events: (stores?.events ?? []) as StoredEvent[],
    sessions: (stores?.sessions ?? []) as Session[],
    profiles: (stores?.profiles ?? []) as Profile[],
  };
}

/** A site's sessions, oldest first. */
export function sessionsOf(sessions: Session[], siteId: string): Session[] {
  return sessions.filter((s) => s.siteId === siteId).sort((a, b) => a.startedAt - b.startedAt);
}

/**
 * Every number to 9 decimals: Chromium's and Node's Math.log and Math.exp may
 * differ in the last bit, and nothing shown depends on it.
 */
export function roughly<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? value : Number(value.toFixed(9))) as T;
  if (Array.isArray(value)) return value.map(roughly) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roughly(v)])) as T;
  return value;
}

/** Answers the CES question in the popup, adds the note and saves; resolves once the saved rating shows. */
export async function rateInPopup(popup: Page, rating: { ces: number; note: string } = RATING): Promise<void> {
  await popup.waitForSelector('[data-testid="session-rating"] form');
  await popup.click(`[data-testid="ces-option-${rating.ces}"]`);
  await popup.fill('[data-testid="ces-note"]', rating.note);
  await popup.click('[data-testid="save-rating"]');
  await popup.waitForSelector('[data-testid="saved-rating"]');
}

const README_SCREENSHOTS = path.join(REPO_ROOT, 'tests/e2e/screenshots');

/** Copies an artifact into tests/e2e/screenshots/ (committed, for the README), only when VITRINE_E2E_README_SCREENSHOTS=1. */
export function keepForReadme(artifact: string, name: string): void {
  if (process.env.VITRINE_E2E_README_SCREENSHOTS !== '1') return;
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  copyFileSync(artifact, path.join(README_SCREENSHOTS, name));
}
