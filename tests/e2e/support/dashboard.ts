// The dashboard (dashboard.html with hash routes) as the end-to-end suites read
// it: the benchmark table's rows and the comparison charts, and the session
// view's headline. Browser-side code is plain JavaScript source (see db.ts).
import type { Page } from 'playwright-core';

export interface BenchmarkRowShown {
  name: string;
  /** "2 sessions" */
  sessions: string;
  /** The median score as written ("79.0"), its interval ("64.2–79.0") and grade word. */
  score: string;
  interval: string;
  grade: string;
  /** "6.0 100% easy · n=1", or "not rated". */
  ces: string;
  compared: boolean;
}

export interface BenchmarkShown {
  /** "2 brands · 3 sessions · against Reference standard" */
  summary: string;
  /** The chosen profile's id in "Score against". */
  profileId: string;
  rows: BenchmarkRowShown[];
  /** The comparison's heading ("Net-a-Porter · Browns"), or "Compare brands" with the hint. */
  compareTitle: string;
  hint: boolean;
  /** Each chart: its SVG title, the brand names it writes (legend or row labels) and how many marks it drew. */
  charts: Array<{ id: string; title: string; labels: string[]; marks: number }>;
}

export const READ_BENCHMARK_EXPRESSION = String.raw`JSON.stringify((() => {
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const all = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  return {
    summary: text(document.querySelector('.table-card__count')),
    profileId: document.querySelector('[data-testid="benchmark-profile"]')?.value ?? '',
    rows: all('[data-testid="benchmark-row"]').map((row) => {
      const score = row.querySelector('[data-testid="cell-score"]');
      return {
        name: text(row.querySelector('.benchmark-table__name')),
        sessions: text(row.querySelector('.benchmark-table__sessions')),
        score: text(score?.querySelector('.fig__value')),
        interval: text(score?.querySelector('.fig__ci')).replace('95% interval ', ''),
        grade: text(score?.querySelector('.grade')),
        ces: ((cell) => (cell?.querySelector('.fig__value') ? [text(cell.querySelector('.fig__value')), text(cell.querySelector('.fig__ci'))].join(' ') : text(cell)))(row.querySelector('[data-testid="cell-ces"]')),
        compared: !!row.querySelector('input[type="checkbox"]')?.checked,
      };
    }),
    compareTitle: text(document.querySelector('#compare-title')),
    hint: !!document.querySelector('[data-testid="compare-hint"]'),
    charts: all('[data-testid="compare-charts"] figure').map((figure) => {
      const svg = figure.querySelector('svg.chart__svg') ?? figure.querySelector('svg');
      return {
        id: svg?.querySelector('title')?.id ?? '',
        title: text(svg?.querySelector('title')),
        // The pillar chart has a legend; the others label each brand's row inside the SVG.
        labels: [...all('.chart-legend__item', figure), ...all('.chart__series-label', figure)].map(text),
        marks: svg ? svg.querySelectorAll('rect, circle, path, line').length : 0,
      };
    }),
  };
})())`;

export async function readBenchmark(page: Page): Promise<BenchmarkShown> {
  return JSON.parse((await page.evaluate(READ_BENCHMARK_EXPRESSION)) as string) as BenchmarkShown;
}

export interface SessionShown {
  site: string;
  score: string;
  grade: string;
  note: string;
  deductions: string[];
  rating: { value: string; note: string } | null;
  events: string;
}

export const READ_SESSION_EXPRESSION = String.raw`JSON.stringify((() => {
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const card = document.querySelector('[data-testid="session-score"]');
  const rating = document.querySelector('[data-testid="rating"]');
  const value = rating?.querySelector('.rating-card__value');
  return {
    site: text(document.querySelector('[data-testid="session-site"]')),
    score: text(card?.querySelector('.score-card__value')).replace('/100', ''),
    grade: text(card?.querySelector('.grade')),
    note: text(card?.querySelector('.score-card__note')),
    deductions: Array.from(document.querySelectorAll('[data-testid="deductions"] li')).map(text),
    rating: value ? { value: text(value), note: text(rating.querySelector('.rating-card__note')) } : null,
    events: text(document.querySelector('#timeline-title .panel__count')),
  };
})())`;

export async function readSessionView(page: Page): Promise<SessionShown> {
  return JSON.parse((await page.evaluate(READ_SESSION_EXPRESSION)) as string) as SessionShown;
}
