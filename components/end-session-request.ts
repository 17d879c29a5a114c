// Asks the background, the only writer of journey data, to end a session
// (`{ kind: 'end-session' }` on the extension-page channel, DESIGN §2) and turns
// its reply into something a button can show. Never throws.
import type { Session } from '@/lib/journey/session';
import { sendPageMessage } from './page-message';

export type EndSessionOutcome =
  | { ok: true; ended: Session | null }
  | { ok: false; alreadyEnded: boolean; reason: string };

function isSessionWithId(value: unknown, id: string): value is Session {
  return typeof value === 'object' && value !== null && (value as Session).id === id && (value as Session).status === 'ended';
}

export async function requestEndSession(sessionId: string): Promise<EndSessionOutcome> {
  const reply = await sendPageMessage({ kind: 'end-session', sessionId });
  if (reply.ok) return { ok: true, ended: isSessionWithId(reply.result, sessionId) ? reply.result : null };
  return { ok: false, alreadyEnded: reply.reason.startsWith('no-active-session'), reason: reply.reason };
}
