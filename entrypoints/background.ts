// Background: the only writer of journey data. Listeners are registered
// synchronously (the MV3 worker may have been woken by one of these events);
// handlers await the database, never a global that a restart would lose.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { routeMessage, type MessageSender } from '@/lib/background/route-message';
import { createRouterContext } from '@/lib/background/router-context';
import { scoringProfile } from '@/lib/background/scoring-profile';
import { closeSessionsLeftOpen, ensureIdleAlarm, onAlarm, relayRouteChange } from '@/lib/background/lifecycle';
import { syncCustomContentScript, trackGrantedOrigins, untrackRemovedOrigins } from '@/lib/background/custom-tracking';
import { browserTrackingApi } from '@/lib/background/tracking-api';

export default defineBackground(() => {
  // Recorder kits run in the asking frame (scripting works in Chrome MV3 and Firefox MV2).
  // KIT_FILES are relative to the extension root, as `files` wants; WXT's generated
  // PublicPath spells them with a leading slash, hence the cast.
  const injectKit = async (tabId: number, frameId: number, file: string) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file as ScriptPublicPath] });
  };
  const ctx = createRouterContext(browser.runtime, injectKit);
  const tracking = browserTrackingApi();

  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender as MessageSender, ctx));
  browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm.name, ctx.db, Date.now(), () => scoringProfile(ctx)));
  browser.runtime.onStartup.addListener(() => closeSessionsLeftOpen(ctx.db, Date.now(), () => scoringProfile(ctx)));
  browser.webNavigation.onHistoryStateUpdated.addListener(async (details) => {
    const tracked = (await ctx.siteForUrl(details.url)) !== null;
    relayRouteChange(details, () => tracked, (tabId, message) => browser.tabs.sendMessage(tabId, message));
  });
  browser.permissions.onAdded.addListener(({ origins }) => trackGrantedOrigins(tracking, origins ?? []));
  browser.permissions.onRemoved.addListener(({ origins }) => untrackRemovedOrigins(tracking, origins ?? []));

  void ensureIdleAlarm(browser.alarms);
  // Registered scripts may not survive a browser restart everywhere; storage is the truth.
  void tracking.loadCustomSites().then((sites) => syncCustomContentScript(tracking, sites));
});
