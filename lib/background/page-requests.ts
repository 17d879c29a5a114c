// Requests from Vitrine's own pages (popup, dashboard): end a session, rate it,
// change settings, and manage the benchmark profiles. The router has already
// checked that the sender is an extension page; each request is zod-checked here.
import { z } from 'zod';
import { pageMessageSchema, type PageReply } from '../messages';
import { deleteProfile, endSessionByUser, getProfile, rateSession, rescoreAllSessions, saveProfile, sessionsOfSite, type VitrineDb } from '../store';
import { calibrateProfile } from '../score/calibrate';
import { REFERENCE_STANDARD } from '../score/profile';
import { describeIssues, Refusal } from './refusal';
import { scoringProfile } from './scoring-profile';
import type { RouterContext } from './route-message';

export async function answerPage(message: unknown, ctx: RouterContext): Promise<PageReply> {
  const parsed = pageMessageSchema.safeParse(message);
  if (!parsed.success) throw new Refusal('invalid', describeIssues(parsed.error));
  const db = await ctx.db();
  switch (parsed.data.kind) {
    case 'end-session': {
      const ended = await endSessionByUser(db, parsed.data.sessionId, ctx.now(), await scoringProfile(ctx));
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
