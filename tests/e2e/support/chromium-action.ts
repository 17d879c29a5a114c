// The toolbar button in headless Chromium. CDP's Extensions.triggerAction runs
// an extension's action on a tab the way a click on its toolbar button does:
// the popup opens for that tab and activeTab is granted on it. Playwright does
// not adopt extension popups as pages, so the popup is driven over a raw CDP
// session to its target: evaluate, and trusted clicks (Input.dispatchMouseEvent,
// which carry a user gesture as a real click does).
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { artifactPath } from './paths';
import { SLOW, pollUntil } from './wait';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface CdpReply {
  result?: unknown;
  error?: { message: string };
}

/** The open toolbar popup of the extension. */
export interface ActionPopup {
  /** Evaluates an expression in the popup (promises are awaited); the value comes back as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until an element matching the selector is in the popup. */
  waitFor(selector: string): Promise<void>;
  /** A trusted left click in the middle of the element. */
  click(selector: string): Promise<void>;
  /** Whether the popup is still open (Chromium closes it when a permission dialog takes over). */
  isOpen(): Promise<boolean>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const COMMAND_TIMEOUT_MS = 10_000 * SLOW;

async function targets(browserSession: CDPSession): Promise<TargetInfo[]> {
  // An empty filter entry lists every type, tabs included (the default leaves tabs out).
  const reply = (await browserSession.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return reply.targetInfos;
}

/**
 * Runs the extension's toolbar action on the tab showing `page` and returns its
 * popup. The page's tab must have a URL no other tab has.
 */
export async function triggerToolbarAction(session: ChromiumSession, page: Page): Promise<ActionPopup> {
  if (!session.extensionId || !session.extensionOrigin) throw new Error('No extension loaded');
  const browser = session.context.browser();
  if (!browser) throw new Error('No browser behind the Chromium context');
  const cdp = await browser.newBrowserCDPSession();
  const popupUrl = `${session.extensionOrigin}/popup.html`;
  const isPopup = (t: TargetInfo) => t.type === 'page' && t.url === popupUrl;

  const before = await targets(cdp);
  const tabs = before.filter((t) => t.type === 'tab' && t.url === page.url());
  if (tabs.length !== 1) throw new Error(`Expected one tab at ${page.url()}, found ${tabs.length}`);
  const known = new Set(before.filter(isPopup).map((t) => t.targetId));

  await page.bringToFront();
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tabs[0].targetId } as never);
  const popup = await pollUntil(
    async () => (await targets(cdp)).find((t) => isPopup(t) && !known.has(t.targetId)),
    (found) => found !== undefined,
    { timeoutMs: 10_000 * SLOW, intervalMs: 100, what: 'the toolbar popup to open' },
  );
  return attachPopup(cdp, popup!.targetId);
}

async function attachPopup(cdp: CDPSession, targetId: string): Promise<ActionPopup> {
  // Not flattened: Playwright's CDPSession cannot address a child session, so
  // commands go through Target.sendMessageToTarget and come back as events.
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  let detached = false;
  const pending = new Map<number, (reply: CdpReply) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as CdpReply & { id?: number };
    if (message.id === undefined) return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  cdp.on('Target.detachedFromTarget' as never, (event: { sessionId: string }) => {
    if (event.sessionId !== sessionId) return;
    detached = true;
    for (const settle of pending.values()) settle({ error: { message: 'the popup closed' } });
    pending.clear();
  });

  const send = async <T>(method: string, params: Record<string, unknown> = {}): Promise<T> => {
    if (detached) throw new Error(`${method}: the popup closed`);
    const id = nextId++;
    const reply = await new Promise<CdpReply>((resolve) => {
      pending.set(id, resolve);
      setTimeout(() => {
        if (pending.delete(id)) resolve({ error: { message: `no answer after ${COMMAND_TIMEOUT_MS} ms` } });
      }, COMMAND_TIMEOUT_MS);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: unknown) => {
        if (pending.delete(id)) resolve({ error: { message: String(error) } });
      });
    });
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = await send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
    );
    if (result.exceptionDetails) {
      throw new Error(`In the popup: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    }
    return result.result.value as T;
  };

  const waitFor = async (selector: string) => {
    await pollUntil(() => evaluate<boolean>(`!!document.querySelector(${JSON.stringify(selector)})`), Boolean, {
      timeoutMs: 10_000 * SLOW,
      intervalMs: 100,
      what: `${selector} in the toolbar popup`,
    });
  };

  return {
    evaluate,
    waitFor,
    async click(selector) {
      await waitFor(selector);
      const box = await evaluate<{ x: number; y: number; width: number; height: number }>(`(() => {
        const el = document.querySelector(${JSON.stringify(selector)});
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      })()`);
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      await send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', buttons: 1, clickCount: 1 });
      // The release may go unanswered when the click closes the popup (a permission dialog took over).
      await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', buttons: 0, clickCount: 1 }).catch(() => {});
    },
    async isOpen() {
      return !detached && (await targets(cdp)).some((t) => t.targetId === targetId);
    },
    async screenshot(name) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      const file = artifactPath(name);
      writeFileSync(file, Buffer.from(data, 'base64'));
      return file;
    },
    async close() {
      if (!detached) await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}

/**
 * Records the user's consent to the extension reading `origin` the way
 * chrome://extensions does when the user adds the site under "Site access"
 * (developerPrivate.addHostPermission). For a host the extension only lists as
 * optional, Chromium keeps it as granted at run time without making it active,
 * so the extension's own permissions.request() for it then resolves without a
 * dialog (PermissionsRequestFunction skips the prompt for already-granted
 * permissions): the part of "Track this site" headless Chromium cannot show.
 */
export async function grantSiteAccessInExtensionsPage(session: ChromiumSession, origin: string): Promise<void> {
  const page = await session.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${session.extensionId}`);
    await page.evaluate(
      ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } })
        .chrome.developerPrivate.addHostPermission(id, pattern),
      [session.extensionId!, origin] as const,
    );
  } finally {
    await page.close();
  }
}
