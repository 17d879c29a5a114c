// The background's single entry for runtime messages. It decides trust from the
// sender (uBlock Origin's rule: privilege is a property of who sent it), checks
// size and shape with zod, and refuses anything else with a reason that is
// counted in IndexedDB. Nothing is written unless the whole message is valid.
import { MAX_MESSAGE_BYTES, recordMessageSchema, type PageReply, type RecordReply } from '../messages';
import { countRefusal, writeBatch, type VitrineDb } from '../store';
import { applyQueryCapture } from '../privacy/query-capture';
import { answerPage } from './page-requests';
import { scoringProfile } from './scoring-profile';
import { describeIssues, Refusal } from './refusal';
import type { Settings } from '../settings/schema';

/** The parts of `runtime.MessageSender` the router trusts, as the browser fills them in. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
}

export interface RouterContext {
  db: () => Promise<VitrineDb>;
  /** This extension's id and base URL (`runtime.getURL('/')`). */
  extensionId: string;
  extensionUrl: string;
  /** The tracked site (registry or user-added) a page URL belongs to. */
  siteForUrl: (url: string) => Promise<{ id: string; name: string } | null>;
  now: () => number;
  settings: () => Promise<Settings>;
  /** Applies a settings patch (zod-checked); throws a ZodError for a bad one. */
  updateSettings: (patch: unknown) => Promise<Settings>;
  querySalt: () => Promise<string>;
  /** A search term carried in a URL's path, if the site puts it there. */
  pathSearchTerm: (url: string) => string | undefined;
}

export type Reply = RecordReply | PageReply;

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

async function recordEvents(message: unknown, sender: MessageSender, ctx: RouterContext): Promise<RecordReply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Refusal('not-from-tab');
  if (sender.tab?.incognito) throw new Refusal('private-window');
  const parsed = recordMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  const senderOrigin = originOf(sender.url);
  const site = sender.url ? await ctx.siteForUrl(sender.url) : null;
  if (!senderOrigin || !site) throw new Refusal('untracked-site', senderOrigin ?? 'no sender url');
  for (const event of parsed.data.events) {
    if (originOf(event.url) !== senderOrigin) throw new Refusal('url-mismatch', `${event.url} is not on ${senderOrigin}`);
  }
  const settings = await ctx.settings();
  if (settings.paused) {
    // Paused: nothing is kept, and the recorder need not send these again.
    return { ok: true, stored: 0, duplicates: 0, acked: parsed.data.events.map((e) => e.id) };
  }
  const salt = settings.queryCapture === 'hash' ? await ctx.querySalt() : '';
  const events = await Promise.all(
    parsed.data.events.map((event) => applyQueryCapture(event, settings.queryCapture, salt, ctx.pathSearchTerm)),
  );
  const db = await ctx.db();
  const profile = await scoringProfile(ctx);
  const result = await writeBatch(db, events, { tabId, siteId: site.id, siteName: site.name }, { profile });
  return { ok: true, ...result };
}

function sizeOf(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

export async function routeMessage(message: unknown, sender: MessageSender, ctx: RouterContext): Promise<Reply> {
  try {
    if (sender.id !== ctx.extensionId) throw new Refusal('foreign-sender', sender.id ?? 'no id');
    if (sizeOf(message) > MAX_MESSAGE_BYTES) throw new Refusal('oversized');
    const kind = (message as { kind?: unknown } | null)?.kind;
    const fromExtensionPage = !!sender.url?.startsWith(ctx.extensionUrl);
    if (kind === 'record') {
      if (fromExtensionPage) throw new Refusal('not-from-tab');
      return await recordEvents(message, sender, ctx);
    }
    if (!fromExtensionPage) throw new Refusal('privileged-from-content', String(kind));
    return await answerPage(message, ctx);
  } catch (error) {
    const refusal = error instanceof Refusal ? error : new Refusal('internal', String(error));
    try {
      await countRefusal(await ctx.db(), refusal.code, ctx.now());
    } catch {
      // Counting must never turn a refusal into a crash; the reply still says why.
    }
    console.warn(`[vitrine] refused message: ${refusal.message}`);
    // A refusal is final; an internal failure (e.g. storage) is worth sending again.
    return { ok: false, reason: refusal.message, retryable: !(error instanceof Refusal) };
  }
}
