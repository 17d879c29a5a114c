import { describe, expect, it } from 'vitest';
import { endActiveSessions, endIdleSessions, openVitrineDb, writeBatch } from '@/lib/store';
import { copyProfile, REFERENCE_STANDARD } from '@/lib/score';
import { MINUTE, NAP, pageView, T0 } from '../helpers';

describe('writeBatch sessionizes', () => {
  it('puts events from two tabs of one site in one session', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await writeBatch(db, [pageView({ t: T0 + MINUTE })], { tabId: 2, ...NAP });
    const sessions = await db.getAll('sessions');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ siteId: 'net-a-porter', status: 'active', tabIds: [1, 2], startedAt: T0, lastEventAt: T0 + MINUTE });
    expect(sessions[0].counts.pages).toBe(2);
    const events = await db.getAll('events');
    expect(new Set(events.map((e) => e.sessionId))).toEqual(new Set([sessions[0].id]));
    expect(events.map((e) => e.tabId).sort()).toEqual([1, 2]);
  });

  it('keeps different sites in different sessions', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await writeBatch(db, [pageView({ t: T0 + 1, url: 'https://www.gucci.com/uk/en_gb/' })], { tabId: 1, siteId: 'gucci', siteName: 'Gucci' });
    expect((await db.getAll('sessions')).map((s) => s.siteId).sort()).toEqual(['gucci', 'net-a-porter']);
  });

  it('starts a new session after 30 idle minutes and ends the old one at its last event', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await writeBatch(db, [pageView({ t: T0 + 31 * MINUTE })], { tabId: 1, ...NAP });
    const sessions = (await db.getAll('sessions')).sort((a, b) => a.startedAt - b.startedAt);
    expect(sessions.map((s) => [s.status, s.endReason, s.endedAt])).toEqual([
      ['ended', 'idle', T0],
      ['active', null, null],
    ]);
  });

  it('stores a re-sent event once and acknowledges it again', async () => {
    const db = await openVitrineDb();
    const batch = [pageView({ t: T0 }), pageView({ t: T0 + 1000 })];
    const first = await writeBatch(db, batch, { tabId: 1, ...NAP });
    const again = await writeBatch(db, batch, { tabId: 1, ...NAP });
    expect(first).toMatchObject({ stored: 2, duplicates: 0 });
    expect(again).toMatchObject({ stored: 0, duplicates: 2, acked: batch.map((e) => e.id) });
    expect(await db.count('events')).toBe(2);
    expect((await db.getAll('sessions'))[0].counts.pages).toBe(2);
  });
});

describe('measurements after a session ended', () => {
  it('a vital or page-side friction arriving with no session to join is acknowledged, not a new session', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await endActiveSessions(db, 'user', T0 + MINUTE);
    const vital = { ...pageView({ t: T0 + 2 * MINUTE }), type: 'vital', name: 'LCP', value: 1800, rating: 'good' } as never;
    const result = await writeBatch(db, [vital], { tabId: 1, ...NAP });
    expect(result).toMatchObject({ stored: 0, orphans: 1, acked: [(vital as { id: string }).id] });
    expect(await db.count('sessions')).toBe(1);
    expect(await db.count('events')).toBe(1);
  });
});

describe('the score stored on the session', () => {
  it('is computed when events arrive and again when the session ends', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    const [active] = await db.getAll('sessions');
    expect(active.score).toMatchObject({ score: 100, grade: 'Effortless', profileId: 'reference-standard' });
    await writeBatch(db, [{ ...pageView({ t: T0 + MINUTE }), type: 'friction', signal: 'rage_click', detail: {} } as never], { tabId: 1, ...NAP });
    const [withRage] = await db.getAll('sessions');
    expect(withRage.score?.score).toBeLessThan(100);
    expect(withRage.score?.deductions.map((d) => d.metric)).toEqual(['rageClicks']);
    const [ended] = await endIdleSessions(db, T0 + 40 * MINUTE);
    expect(ended.score).toEqual(withRage.score);
  });

  it('is kept on the chosen profile when the session ends', async () => {
    const db = await openVitrineDb();
    const strict = { ...copyProfile(REFERENCE_STANDARD, 'strict', 'Strict') };
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP }, { profile: strict });
    const [ended] = await endActiveSessions(db, 'user', T0 + MINUTE, strict);
    expect(ended.score?.profileId).toBe('strict');
  });
});

describe('ending sessions without new events', () => {
  it('the idle check ends only sessions silent for 30 minutes', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await writeBatch(db, [pageView({ t: T0 + 20 * MINUTE, url: 'https://www.gucci.com/uk/en_gb/' })], { tabId: 2, siteId: 'gucci', siteName: 'Gucci' });
    const ended = await endIdleSessions(db, T0 + 35 * MINUTE);
    expect(ended.map((s) => s.siteId)).toEqual(['net-a-porter']);
    const bySite = Object.fromEntries((await db.getAll('sessions')).map((s) => [s.siteId, s.status]));
    expect(bySite).toEqual({ 'net-a-porter': 'ended', gucci: 'active' });
  });

  it('browser start ends every session left open, and the next event starts a new one', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await endActiveSessions(db, 'restart', T0 + MINUTE);
    await writeBatch(db, [pageView({ t: T0 + 2 * MINUTE })], { tabId: 1, ...NAP });
    const sessions = (await db.getAll('sessions')).sort((a, b) => a.startedAt - b.startedAt);
    expect(sessions.map((s) => [s.status, s.endReason])).toEqual([
      ['ended', 'restart'],
      ['active', null],
    ]);
  });
});
