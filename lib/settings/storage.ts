// Where settings live: extension `storage.local`, readable by the background
// and the pages. The salt for hashed search terms is made once per install and
// never leaves the device, so hashes cannot be joined across installs.
import { storage } from 'wxt/utils/storage';
import { parseSettings, settingsPatchSchema, type Settings } from './schema';

const settingsItem = storage.defineItem<Record<string, unknown>>('local:settings', { fallback: {} });
const saltItem = storage.defineItem<string>('local:querySalt', {
  init: () => crypto.randomUUID(),
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Applies a validated patch; throws with zod's message when the patch is not valid. */
export async function updateSettings(patch: unknown): Promise<Settings> {
  const valid = settingsPatchSchema.parse(patch);
  const next = { ...(await loadSettings()), ...valid };
  await settingsItem.setValue(next);
  return next;
}

export async function querySalt(): Promise<string> {
  return (await saltItem.getValue()) ?? '';
}
