// The profile stored scores use: the one chosen in the dashboard ("Use for
// scoring"), or the built-in Reference standard when it is gone. Every write
// that rescores a session — recording, "End session", the idle alarm, browser
// start — must score against it, or one session ends up on another scale.
import { getProfile, type VitrineDb } from '../store';
import { REFERENCE_STANDARD, type Profile } from '../score/profile';
import type { Settings } from '../settings/schema';

export async function scoringProfile(ctx: { db: () => Promise<VitrineDb>; settings: () => Promise<Settings> }): Promise<Profile> {
  return (await getProfile(await ctx.db(), (await ctx.settings()).scoreProfileId)) ?? REFERENCE_STANDARD;
}
