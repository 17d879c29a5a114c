// The recorder's optional parts ("kits"), injected on demand into the frame
// that asks, so the content script every tracked page loads stays small.
// Kits are WXT unlisted scripts (entrypoints/*-kit.ts), built at the extension root.
import { loadKitMessageSchema, type KitName, type LoadKitReply } from '../messages';
import { senderSite, senderTabId } from './content-sender';
import { describeIssues, Refusal } from './refusal';
import type { MessageSender, RouterContext } from './route-message';

export const KIT_FILES: Record<KitName, string> = {
  journey: 'journey-kit.js',
  friction: 'friction-kit.js',
};

export async function loadKit(message: unknown, sender: MessageSender, ctx: RouterContext): Promise<LoadKitReply> {
  const tabId = senderTabId(sender);
  const parsed = loadKitMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  await senderSite(sender, ctx);
  try {
    await ctx.injectKit(tabId, sender.frameId ?? 0, KIT_FILES[parsed.data.kit]);
  } catch (error) {
    // The tab closed or the frame navigated away: asking again cannot reach it.
    throw new Refusal('kit-injection-failed', String(error));
  }
  return { ok: true };
}
