// The background's single entry for runtime messages. It decides trust from the
// sender (uBlock Origin's rule: privilege is a property of who sent it), checks
// size and shape with zod, and refuses anything else with a reason that is
// counted in IndexedDB. Nothing is written unless the whole message is valid.
import { MAX_MESSAGE_BYTES, pageMessageSchema, recordMessageSchema, type PageReply, type RecordReply } from '../messages';
import {
  countRefusal,
  deleteProfile,
  endSessionByUser,
  getProfile,
  rateSession,
  rescoreAllSessions,
  saveProfile,
  sessionsOfSite,
  writeBatch,
  type VitrineDb,
} from '../store';
import { calibrateProfile } from '../score/calibrate';
import { REFERENCE_STANDARD } from '../score/profile';
import { z } from 'zod';
import { applyQueryCapture } from '../privacy/query-capture';
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

class Refusal extends Error {
  constructor(readonly code: string, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(message)'}: ${issue.message}` : 'invalid';
}

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
  const profile = (await getProfile(db, settings.scoreProfileId)) ?? REFERENCE_STANDARD;
  const result = await writeBatch(db, events, { tabId, siteId: site.id, siteName: site.name }, { profile });
  return { ok: true, ...result };
}

async function answerPage(message: unknown, ctx: RouterContext): Promise<PageReply> {
  const parsed = pageMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  const db = await ctx.db();
  switch (parsed.data.kind) {
    case 'end-session': {
      const ended = await endSessionByUser(db, parsed.data.sessionId, ctx.now());
      if (!ended) throw new Refusal('no-active-session', parsed.data.sessionId);
      return { ok: true, result: ended };
    }
    case 'rate-session': {
      const rated = await rateSession(db, parsed.data.sessionId, parsed.data.rating, ctx.now());
      if (!rated) throw new Refusal('no-such-session', parsed.data.sessionId);
      return { ok: true, result: rated };
    }
    case 'save-profile': {
      const saved = await saveProfile(db, parsed.data.profile);
      if (!saved.ok) throw new Refusal('invalid-profile', saved.errors.join('; '));
      return { ok: true, result: saved.profile };
    }
    case 'delete-profile': {
      if (!(await deleteProfile(db, parsed.data.id))) throw new Refusal('no-such-profile', parsed.data.id);
      if ((await ctx.settings()).scoreProfileId === parsed.data.id) await selectProfile(db, REFERENCE_STANDARD.id, ctx);
      return { ok: true };
    }
    case 'select-profile': {
      const rescored = await selectProfile(db, parsed.data.id, ctx);
      return { ok: true, result: { rescored } };
    }
    case 'calibrate-profile': {
      const { siteId, id, name, baseId } = parsed.data;
      const base = await getProfile(db, baseId ?? REFERENCE_STANDARD.id);
      if (!base) throw new Refusal('no-such-profile', baseId);
      const sessions = await sessionsOfSite(db, siteId);
      if (sessions.length === 0) throw new Refusal('no-sessions', `no recorded sessions on ${siteId} to calibrate from`);
      const { profile, basis } = calibrateProfile(base, sessions, { id, name, siteId, now: ctx.now() });
      const saved = await saveProfile(db, profile);
      if (!saved.ok) throw new Refusal('invalid-profile', saved.errors.join('; '));
      return { ok: true, result: { profile: saved.profile, basis } };
    }
    case 'update-settings': {
      const patch = parsed.data.patch;
      if (patch && typeof patch === 'object' && 'scoreProfileId' in patch) {
        throw new Refusal('invalid', 'scoreProfileId: choose a profile with select-profile, which also rescores the sessions');
      }
      try {
        return { ok: true, result: await ctx.updateSettings(parsed.data.patch) };
      } catch (error) {
        if (error instanceof z.ZodError) throw new Refusal('invalid', describeIssues(error));
        throw error;
      }
    }
  }
}

/** Makes `id` the profile stored scores use, and recomputes them all against it. */
async function selectProfile(db: VitrineDb, id: string, ctx: RouterContext): Promise<number> {
  const profile = await getProfile(db, id);
  if (!profile) throw new Refusal('no-such-profile', id);
  await ctx.updateSettings({ scoreProfileId: id });
  return rescoreAllSessions(db, profile);
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
