// Profiles in and out as JSON files. Import reads and checks a file without
// saving anything (the caller saves only a valid profile); export downloads
// the profile exactly as stored, in the `vitrine-profile/1` format.
import { parseProfile, REFERENCE_STANDARD, type Profile } from '@/lib/score';

export type ImportCheck = { ok: true; profile: Profile } | { ok: false; errors: string[] };

export function checkImportedText(text: string): ImportCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseProfile(json);
  if (!parsed.ok) return parsed;
  if (parsed.profile.id === REFERENCE_STANDARD.id) {
    return { ok: false, errors: ['id: “reference-standard” is the built-in profile; give the imported profile another id'] };
  }
  return parsed;
}

export function profileJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export function exportFileName(profile: Profile): string {
  return `${profile.id}.vitrine-profile.json`;
}

/** Starts a download of the profile's JSON. */
export function downloadProfile(profile: Profile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([profileJson(profile)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = exportFileName(profile);
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
