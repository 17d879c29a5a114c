// Background: the only writer of journey data. Listeners are registered
// synchronously (the MV3 worker may have been woken by one of these events);
// handlers await the database, never a global that a restart would lose.
import { browser } from 'wxt/browser';
import { routeMessage, type MessageSender } from '@/lib/background/route-message';
import { createRouterContext } from '@/lib/background/router-context';
import { closeSessionsLeftOpen, ensureIdleAlarm, onAlarm, relayRouteChange } from '@/lib/background/lifecycle';
import { siteForUrl } from '@/lib/sites/lookup';

export default defineBackground(() => {
  const ctx = createRouterContext(browser.runtime);

  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender as MessageSender, ctx));
  browser.alarms.onAlarm.addListener((alarm) => onAlarm(alarm.name, ctx.db, Date.now()));
  browser.runtime.onStartup.addListener(() => closeSessionsLeftOpen(ctx.db, Date.now()));
  browser.webNavigation.onHistoryStateUpdated.addListener((details) =>
    relayRouteChange(details, (url) => siteForUrl(url) !== null, (tabId, message) => browser.tabs.sendMessage(tabId, message)),
  );

  void ensureIdleAlarm(browser.alarms);
});
