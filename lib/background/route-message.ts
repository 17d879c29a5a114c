// The background's single entry for runtime messages. It decides trust from the
// sender (uBlock Origin's rule: privilege is a property of who sent it): a tab's
// content script may only record, have its page classified and load a recorder
// kit; everything else must come from an extension page. It checks size and
// shape with zod, and refuses anything else with a reason that is counted in
// IndexedDB. Nothing is written unless the whole message is valid.
import {
  MAX_MESSAGE_BYTES,
  recordMessageSchema,
  type ClassifyPageReply,
  type LoadKitReply,
  type PageReply,
  type RecordReply,
} from '../messages';
import { countRefusal, writeBatch, type VitrineDb } from '../store';
import { applyQueryCapture } from '../privacy/query-capture';
import { answerPage } from './page-requests';
import { scoringProfile } from './scoring-profile';
import { describeIssues, Refusal } from './refusal';
import { originOf, senderSite, senderTabId } from './content-sender';
import { classifyPage } from './classify-page';
import { loadKit } from './recorder-kits';
import type { Settings } from '../settings/schema';
import type { UrlClassification } from '../sites/types';

/** The parts of `runtime.MessageSender` the router trusts, as the browser fills them in. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
  /** The sending frame within the tab (0 = top frame). */
  frameId?: number;
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
  /** A page URL read with its tracked site's rules (registry or custom platform); null when untracked. */
  classifyTrackedUrl: (url: string) => Promise<UrlClassification | null>;
  /** Runs an extension script file in one frame of a tab; rejects when the tab or frame is gone. */
  injectKit: (tabId: number, frameId: number, file: string) => Promise<void>;
}

export type Reply = RecordReply | ClassifyPageReply | LoadKitReply | PageReply;

/** The only kinds a content script may send. */
const CONTENT_KINDS = new Set<unknown>(['record', 'classify-page', 'load-kit']);

async function recordEvents(message: unknown, sender: MessageSender, ctx: RouterContext): Promise<RecordReply> {
  const tabId = senderTabId(sender);
  const parsed = recordMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  const { origin: senderOrigin, site } = await senderSite(sender, ctx);
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
    if (CONTENT_KINDS.has(kind)) {
      if (fromExtensionPage) throw new Refusal('not-from-tab');
      if (kind === 'classify-page') return await classifyPage(message, sender, ctx);
      if (kind === 'load-kit') return await loadKit(message, sender, ctx);
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
