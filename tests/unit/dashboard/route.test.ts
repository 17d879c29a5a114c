import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from '@/components/dashboard/route';

describe('dashboard routes', () => {
  it('reads each place from the hash and writes it back', () => {
    expect(parseRoute('#/sessions')).toEqual({ page: 'sessions' });
    expect(parseRoute('#/sessions/abc-123')).toEqual({ page: 'session', id: 'abc-123' });
    expect(parseRoute('#/benchmark')).toEqual({ page: 'benchmark' });
    expect(parseRoute('#/profiles/my-profile')).toEqual({ page: 'profiles', id: 'my-profile' });
    expect(parseRoute('#/profiles')).toEqual({ page: 'profiles', id: null });
    for (const hash of ['#/sessions', '#/sessions/a%20b', '#/benchmark', '#/profiles/x']) expect(hrefFor(parseRoute(hash))).toBe(hash);
  });

  it('an empty or unknown hash opens the session list', () => {
    expect(parseRoute('')).toEqual({ page: 'sessions' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'sessions' });
    expect(parseRoute('#/sessions/%E0%A4%A')).toEqual({ page: 'session', id: '%E0%A4%A' });
  });
});
