// Who a content-script message comes from, decided from the sender the browser
// filled in, never from the message: a tab (not an extension page), outside a
// private window, on a tracked site. Shared by every message content may send.
import { Refusal } from './refusal';
import type { MessageSender, RouterContext } from './route-message';

export function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** The sending tab's id; refuses extension pages and private windows. */
export function senderTabId(sender: MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Refusal('not-from-tab');
  if (sender.tab?.incognito) throw new Refusal('private-window');
  return tabId;
}

/** The tracked site the sending page is on, and its origin; refuses any other page. */
export async function senderSite(sender: MessageSender, ctx: RouterContext): Promise<{ origin: string; site: { id: string; name: string } }> {
  const origin = originOf(sender.url);
  const site = sender.url ? await ctx.siteForUrl(sender.url) : null;
  if (!origin || !site) throw new Refusal('untracked-site', origin ?? 'no sender url');
  return { origin, site };
}
