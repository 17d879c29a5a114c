// Benchmark profiles in IndexedDB. The built-in Reference standard is never
// stored (it lives in code, with its citations) and cannot be overwritten or
// deleted; every stored profile passed the profile schema on its way in.
import { parseProfile, REFERENCE_STANDARD, type Profile } from '../score/profile';
import type { VitrineDb } from './db';

export async function listProfiles(db: VitrineDb): Promise<Profile[]> {
  return [REFERENCE_STANDARD, ...(await db.getAll('profiles'))];
}

export async function getProfile(db: VitrineDb, id: string): Promise<Profile | null> {
  if (id === REFERENCE_STANDARD.id) return REFERENCE_STANDARD;
  return (await db.get('profiles', id)) ?? null;
}

/** Saves a profile after checking it; returns the reasons it was refused, or none. */
export async function saveProfile(db: VitrineDb, candidate: unknown): Promise<{ ok: true; profile: Profile } | { ok: false; errors: string[] }> {
  const parsed = parseProfile(candidate);
  if (!parsed.ok) return parsed;
  if (parsed.profile.id === REFERENCE_STANDARD.id) return { ok: false, errors: ['id: the Reference standard is built in; save a copy under another id'] };
  await db.put('profiles', parsed.profile);
  return parsed;
}

export async function deleteProfile(db: VitrineDb, id: string): Promise<boolean> {
  if (id === REFERENCE_STANDARD.id || !(await db.getKey('profiles', id))) return false;
  await db.delete('profiles', id);
  return true;
}
