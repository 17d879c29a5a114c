import { describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '@/lib/sites/types';
import { countLabel, countNoun } from '@/lib/format/count';
import { formatLoadTime, navigationNote } from '@/lib/format/navigation';
import { pageTypeLabel } from '@/lib/format/page-type';
import { pathOf } from '@/lib/format/url';

describe('pageTypeLabel', () => {
  it('gives every page type a capitalised word, never the raw id', () => {
    for (const type of PAGE_TYPES) {
      const label = pageTypeLabel(type);
      expect(label).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(pageTypeLabel('product')).toBe('Product');
    expect(pageTypeLabel('listing')).toBe('Listing');
    expect(pageTypeLabel('other')).toBe('Page');
  });

  it('falls back to "Page" for an unknown type', () => {
    expect(pageTypeLabel('wishlist')).toBe('Page');
  });
});

describe('pathOf', () => {
  it('drops the origin and decodes the path', () => {
    expect(pathOf('https://www.net-a-porter.com/en-gb/shop/search/cashmere%20coat')).toBe('/en-gb/shop/search/cashmere coat');
  });

  it('keeps a kept search parameter', () => {
    expect(pathOf('https://www.mytheresa.com/search?q=bag')).toBe('/search?q=bag');
  });

  it('returns a malformed URL unchanged instead of throwing', () => {
    expect(pathOf('not a url')).toBe('not a url');
    expect(pathOf('https://a.example/%E0%A4%A')).toBe('/%E0%A4%A');
  });
});

describe('navigationNote', () => {
  it('words back and reload, and stays silent for ordinary navigation', () => {
    expect(navigationNote('back_forward')).toBe('Back');
    expect(navigationNote('reload')).toBe('Reload');
    expect(navigationNote('load')).toBeNull();
    expect(navigationNote('spa')).toBeNull();
  });
});

describe('formatLoadTime', () => {
  it('shows tenths under ten seconds and whole seconds above', () => {
    expect(formatLoadTime(840)).toBe('0.8 s');
    expect(formatLoadTime(12_400)).toBe('12 s');
    expect(formatLoadTime(null)).toBeNull();
  });
});

describe('countLabel', () => {
  it('uses the singular only for one', () => {
    expect(countLabel(1, 'page')).toBe('1 page');
    expect(countLabel(0, 'page')).toBe('0 pages');
    expect(countLabel(7, 'search', 'searches')).toBe('7 searches');
  });

  it('gives the noun alone for a count written apart from it', () => {
    expect(countNoun(1, 'session')).toBe('session');
    expect(countNoun(0, 'session')).toBe('sessions');
    expect(countNoun(2, 'search', 'searches')).toBe('searches');
  });
});
