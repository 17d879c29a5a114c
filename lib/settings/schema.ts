// The user's settings as a zod schema. Stored settings are parsed on every
// read: a value that no longer fits (an older version, a hand edit) falls back
// field by field to the defaults instead of breaking recording.
import { z } from 'zod';

export const QUERY_CAPTURE_MODES = ['text', 'hash', 'none'] as const;
export type QueryCapture = (typeof QUERY_CAPTURE_MODES)[number];

export const settingsSchema = z.object({
  /** How search terms are kept: as typed, as a salted SHA-256, or not at all (DESIGN §6). */
  queryCapture: z.enum(QUERY_CAPTURE_MODES).catch('text'),
  /** While paused nothing is recorded; the content script's events are acknowledged and dropped. */
  paused: z.boolean().catch(false),
  /** The benchmark profile stored scores are computed against (DESIGN §5). */
  scoreProfileId: z.string().max(64).catch('reference-standard'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { queryCapture: 'text', paused: false, scoreProfileId: 'reference-standard' };

export function parseSettings(stored: unknown): Settings {
  return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored ? stored : {}) });
}

/** A change the user asks for: only known fields with valid values, or a clear refusal. */
export const settingsPatchSchema = z.strictObject({
  queryCapture: z.enum(QUERY_CAPTURE_MODES).optional(),
  paused: z.boolean().optional(),
  scoreProfileId: z.string().min(1).max(64).optional(),
});
