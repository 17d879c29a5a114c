// classifyUrl against real URLs from the 50 registry sites (tests/fixtures/real-urls.tsv):
// page-type accuracy must stay at or above 97 %. Prints the confusion matrix and
// every miss, so a rule change that trades one page type for another shows at once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '@/lib/sites/classify';
import { PAGE_TYPES, type PageType } from '@/lib/sites/types';

interface Labelled {
  url: string;
  pageType: PageType;
  checkoutStep: string;
  searchQuery: string;
  source: string;
}

function loadCorpus(): Labelled[] {
  const file = fileURLToPath(new URL('../../fixtures/real-urls.tsv', import.meta.url));
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  const [header, ...rows] = lines;
  expect(header.split('\t')).toEqual(['url', 'pageType', 'checkoutStep', 'searchQuery', 'source']);
  return rows.map((line) => {
    const [url, pageType, checkoutStep, searchQuery, source] = line.split('\t');
    return { url, pageType: pageType as PageType, checkoutStep, searchQuery, source };
  });
}

const corpus = loadCorpus();

function confusionTable(pairs: Array<[PageType, PageType]>): Record<string, Record<string, number | string>> {
  const used = PAGE_TYPES.filter((type) => pairs.some(([label, got]) => label === type || got === type));
  const table: Record<string, Record<string, number | string>> = {};
  for (const label of used) {
    const row: Record<string, number | string> = {};
    for (const got of used) {
      const n = pairs.filter(([l, g]) => l === label && g === got).length;
      row[got] = n || '';
    }
    table[`label: ${label}`] = row;
  }
  return table;
}

describe('real-URL corpus', () => {
  it('holds at least 300 labelled URLs with known page types, each with a source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    for (const entry of corpus) {
      expect(PAGE_TYPES, entry.url).toContain(entry.pageType);
      expect(entry.source, entry.url).toBeTruthy();
    }
    expect(new Set(corpus.map((entry) => entry.url)).size).toBe(corpus.length);
  });

  it('every URL is on a registry site', () => {
    const unknown = corpus.filter((entry) => classifyUrl(entry.url).siteId === null).map((entry) => entry.url);
    expect(unknown).toEqual([]);
  });

  it('classifies at least 97 % of page types right', () => {
    const pairs: Array<[PageType, PageType]> = [];
    const misses: string[] = [];
    for (const entry of corpus) {
      const got = classifyUrl(entry.url).pageType;
      pairs.push([entry.pageType, got]);
      if (got !== entry.pageType) misses.push(`${entry.pageType} → ${got}  ${entry.url}`);
    }
    const accuracy = 1 - misses.length / corpus.length;
    console.log(`classifyUrl on ${corpus.length} real URLs: ${(accuracy * 100).toFixed(1)} % page types right`);
    console.table(confusionTable(pairs));
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('finds the labelled checkout step and search term', () => {
    const wrong: string[] = [];
    for (const entry of corpus) {
      const got = classifyUrl(entry.url);
      if (entry.checkoutStep && got.checkoutStep !== entry.checkoutStep) {
        wrong.push(`step ${entry.checkoutStep} → ${got.checkoutStep ?? '-'}  ${entry.url}`);
      }
      if (entry.searchQuery && got.searchQuery !== entry.searchQuery) {
        wrong.push(`query "${entry.searchQuery}" → "${got.searchQuery ?? ''}"  ${entry.url}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
