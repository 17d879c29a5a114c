// Pauses or resumes recording everywhere through the background
// (`{ kind: 'update-settings', patch: { paused } }`, DESIGN §6 "pause at any
// time"). Returns the setting the background now holds. Never throws.
import { sendPageMessage } from './page-message';

export type PauseOutcome = { ok: true; paused: boolean } | { ok: false; reason: string };

export async function requestPaused(paused: boolean): Promise<PauseOutcome> {
  const reply = await sendPageMessage({ kind: 'update-settings', patch: { paused } });
  if (!reply.ok) return { ok: false, reason: reply.reason };
  const held = (reply.result as { paused?: unknown } | undefined)?.paused;
  return { ok: true, paused: typeof held === 'boolean' ? held : paused };
}
