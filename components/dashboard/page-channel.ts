// The dashboard's requests to the background (DESIGN §2: extension page →
// background). Every change to stored data goes this way; a refusal becomes an
// Error whose message is the background's reason, ready to show.
import { browser } from 'wxt/browser';
import type { PageMessage, PageReply } from '@/lib/messages';

export class BackgroundRefusal extends Error {}

export async function askBackground<Result = unknown>(message: PageMessage): Promise<Result> {
  let reply: PageReply | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as PageReply | undefined;
  } catch (error) {
    throw new BackgroundRefusal(`Vitrine’s background did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!reply) throw new BackgroundRefusal('Vitrine’s background did not answer.');
  if (!reply.ok) throw new BackgroundRefusal(reply.reason);
  return reply.result as Result;
}
