// What the popup shows about a session's score and rating, read off its DOM:
// the dial's number, the grade and coverage, the four pillars, the friction
// list and the points lost, the timeline as pages and markers, and the saved
// rating. Browser-side code is kept as plain JavaScript source (see db.ts).
import type { Page } from 'playwright-core';
import { artifactPath } from './paths';
import { SLOW } from './wait';

export interface PopupScore {
  sessionShown: boolean;
  value: string;
  grade: string;
  coverage: string;
  /** Pillar → its value as written ("56", or "not measured"). */
  pillars: Record<string, string>;
  /** Friction signals listed, in order. */
  friction: string[];
  deductions: Array<{ pillar: string; sentence: string }>;
  timeline: Array<{ kind: 'page' | 'marker'; tone: string | null; text: string }>;
  /** The saved rating's point and note, or null while the form is shown. */
  rating: { point: string; note: string } | null;
  ended: boolean;
}

export const READ_POPUP_SCORE_EXPRESSION = String.raw`JSON.stringify((() => {
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const all = (selector) => Array.from(document.querySelectorAll(selector));
  const pillars = {};
  for (const p of ['find', 'wait', 'buy', 'calm']) pillars[p] = text(document.querySelector('[data-testid="pillar-' + p + '"] .pillar-bar__value')).replace(' out of 100', '');
  const saved = document.querySelector('[data-testid="saved-rating"]');
  return {
    sessionShown: !!document.querySelector('.popup--session'),
    value: text(document.querySelector('[data-testid="score-value"]')),
    grade: text(document.querySelector('[data-testid="score-grade"]')),
    coverage: text(document.querySelector('[data-testid="score-coverage"]')),
    pillars,
    friction: all('[data-testid="friction-item"]').map((el) => el.getAttribute('data-signal')),
    deductions: all('[data-testid="deduction"]').map((el) => ({
      pillar: text(el.querySelector('.deduction__pillar')),
      sentence: text(el.querySelector('.deduction__sentence')),
    })),
    timeline: all('[data-testid="timeline"] > li').map((el) => ({
      kind: el.getAttribute('data-testid') === 'timeline-item' ? 'page' : 'marker',
      tone: el.getAttribute('data-tone'),
      text: text(el.querySelector('.timeline-marker__text') ?? el.querySelector('.timeline-item__title')),
    })),
    rating: saved ? { point: text(saved.querySelector('.saved-rating__point')), note: text(saved.querySelector('.saved-rating__note')) } : null,
    ended: !!document.querySelector('[data-testid="session-ended"]'),
  };
})())`;

export async function readPopupScore(page: Page): Promise<PopupScore> {
  return JSON.parse((await page.evaluate(READ_POPUP_SCORE_EXPRESSION)) as string) as PopupScore;
}

/**
 * The popup at its full height, every section visible: the popup caps itself at
 * the 600 px a toolbar popup may be tall and scrolls its middle, so for this
 * picture that cap is lifted and the page is photographed whole.
 */
export async function screenshotPopupFullHeight(page: Page, name: string): Promise<string> {
  const file = artifactPath(name);
  const css = '.popup { max-height: none !important; } .popup__main--scroll { overflow: visible !important; }';
  await page.evaluate(`(() => { const s = document.createElement('style'); s.id = 'e2e-full-height'; s.textContent = ${JSON.stringify(css)}; document.head.append(s); })()`);
  try {
    await page.screenshot({ path: file, fullPage: true, timeout: 30_000 * SLOW });
  } finally {
    await page.evaluate(`document.getElementById('e2e-full-height')?.remove()`);
  }
  return file;
}
