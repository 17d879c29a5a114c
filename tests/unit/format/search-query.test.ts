import { describe, expect, it } from 'vitest';
import { isHashedQuery, readableQuery, searchPhrase } from '@/lib/format/search-query';

const HASH = 'a3f1c0b7e5d42a8b6c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a98';

describe('searchPhrase', () => {
  it('quotes the words searched for when they were kept as text', () => {
    expect(searchPhrase('black tote')).toBe('search "black tote"');
    expect(searchPhrase('  cashmere coat ')).toBe('search "cashmere coat"');
  });

  it('says "a search" for a hashed term and never shows the hash', () => {
    expect(searchPhrase(HASH)).toBe('a search');
    expect(searchPhrase(HASH.toUpperCase())).toBe('a search');
    expect(searchPhrase(HASH)).not.toContain(HASH.slice(0, 8));
  });

  it('says "a search" when the term was not kept or is blank', () => {
    expect(searchPhrase(undefined)).toBe('a search');
    expect(searchPhrase('   ')).toBe('a search');
  });
});

describe('isHashedQuery / readableQuery', () => {
  it('recognises exactly 64 hex digits as a hash', () => {
    expect(isHashedQuery(HASH)).toBe(true);
    expect(isHashedQuery(HASH.slice(1))).toBe(false);
    expect(isHashedQuery(`${HASH.slice(1)}g`)).toBe(false);
    expect(readableQuery('deadbeef')).toBe('deadbeef');
    expect(readableQuery(HASH)).toBeNull();
  });
});
