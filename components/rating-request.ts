// Saves the shopper's rating of a session through the background
// (`{ kind: 'rate-session' }`, DESIGN §2), which stores it beside the measured
// score. Returns the rated session, or the reason it was refused. Never throws.
import type { Rating } from '@/lib/events';
import type { Session } from '@/lib/journey/session';
import { sendPageMessage } from './page-message';

export type RatingOutcome = { ok: true; rated: Session | null } | { ok: false; reason: string };

const isRatedSession = (value: unknown, id: string): value is Session =>
  typeof value === 'object' && value !== null && (value as Session).id === id && Boolean((value as Session).rating);

export async function requestRating(sessionId: string, rating: Rating): Promise<RatingOutcome> {
  const reply = await sendPageMessage({ kind: 'rate-session', sessionId, rating });
  if (!reply.ok) return { ok: false, reason: reply.reason };
  return { ok: true, rated: isRatedSession(reply.result, sessionId) ? reply.result : null };
}
