// Asks the background, the only writer of journey data, to end a session
// (`{ kind: 'end-session' }` on the extension-page channel, DESIGN §2) and turns
// its reply into something a button can show. Never throws.
import { browser } from 'wxt/browser';
import type { Session } from '@/lib/journey/session';
import type { PageReply } from '@/lib/messages';

export type EndSessionOutcome =
  | { ok: true; ended: Session | null }
  | { ok: false; alreadyEnded: boolean; reason: string };

function isSessionWithId(value: unknown, id: string): value is Session {
  return typeof value === 'object' && value !== null && (value as Session).id === id && (value as Session).status === 'ended';
}

export async function requestEndSession(sessionId: string): Promise<EndSessionOutcome> {
  let reply: PageReply | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ kind: 'end-session', sessionId })) as PageReply | undefined;
  } catch (error) {
    return { ok: false, alreadyEnded: false, reason: String(error) };
  }
  if (reply?.ok) return { ok: true, ended: isSessionWithId(reply.result, sessionId) ? reply.result : null };
  const reason = reply?.reason ?? 'no reply from the background';
  return { ok: false, alreadyEnded: reason.startsWith('no-active-session'), reason };
}
