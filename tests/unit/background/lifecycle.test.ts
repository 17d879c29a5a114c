import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeSessionsLeftOpen, ensureIdleAlarm, IDLE_ALARM, onAlarm, relayRouteChange } from '@/lib/background/lifecycle';
import { openVitrineDb, writeBatch } from '@/lib/store';
import { MINUTE, NAP, pageView, T0 } from '../helpers';

describe('background lifecycle', () => {
  it('schedules one periodic idle check, however often the worker starts', async () => {
    await ensureIdleAlarm(fakeBrowser.alarms);
    await ensureIdleAlarm(fakeBrowser.alarms);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([[IDLE_ALARM, 1]]);
  });

  it('the idle alarm ends sessions silent for 30 minutes; other alarms do nothing', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await onAlarm('something-else', async () => db, T0 + 31 * MINUTE);
    expect((await db.getAll('sessions'))[0].status).toBe('active');
    await onAlarm(IDLE_ALARM, async () => db, T0 + 31 * MINUTE);
    expect((await db.getAll('sessions'))[0]).toMatchObject({ status: 'ended', endReason: 'idle' });
  });

  it('browser start closes sessions the last run left open', async () => {
    const db = await openVitrineDb();
    await writeBatch(db, [pageView({ t: T0 })], { tabId: 1, ...NAP });
    await closeSessionsLeftOpen(async () => db, T0 + MINUTE);
    expect((await db.getAll('sessions'))[0]).toMatchObject({ status: 'ended', endReason: 'restart' });
  });

  it('relays top-frame History API navigations on tracked sites to the tab', () => {
    const send = vi.fn(() => Promise.resolve());
    const tracked = (url: string) => url.startsWith('https://www.net-a-porter.com/');
    relayRouteChange({ tabId: 3, frameId: 0, url: 'https://www.net-a-porter.com/en-gb/shop/bags' }, tracked, send);
    relayRouteChange({ tabId: 3, frameId: 2, url: 'https://www.net-a-porter.com/en-gb/iframe' }, tracked, send);
    relayRouteChange({ tabId: 3, frameId: 0, url: 'https://example.com/' }, tracked, send);
    expect(send.mock.calls).toEqual([[3, { kind: 'route-changed', url: 'https://www.net-a-porter.com/en-gb/shop/bags' }]]);
  });
});
