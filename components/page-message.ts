// The popup's one way to ask the background for something (DESIGN §2: pages
// change data only through the background). It never throws: a missing or
// failed reply becomes a refusal with a reason the caller can show.
import { browser } from 'wxt/browser';
import type { PageMessage, PageReply } from '@/lib/messages';

export async function sendPageMessage(message: PageMessage): Promise<PageReply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as PageReply | undefined;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
    return { ok: false, reason: 'no reply from the background', retryable: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error), retryable: true };
  }
}
