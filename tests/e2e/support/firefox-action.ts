// Firefox's toolbar button, reached through WebDriver BiDi's chrome scope (open
// to the session because firefox.ts starts Firefox with --remote-allow-system-access).
// `browserActionFor(extension).triggerAction(window)` is the code a click on the
// toolbar button runs ("with the same effects as if it were clicked by a user",
// ext-browserAction.js): activeTab is granted on the selected tab and the popup
// opens. BiDi cannot reach the popup panel's document, so it is closed again and
// the popup page is opened in a background tab of the same window, where its
// "current tab" (tabs.query active + currentWindow) is still the shop.
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID, POPUP_VIEWPORT, type FirefoxSession } from './firefox';
import { SLOW, pollUntil } from './wait';

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** Evaluates privileged JavaScript in the browser window (chrome scope); returns primitive results. */
export async function evaluateInBrowserChrome(session: FirefoxSession, expression: string): Promise<unknown> {
  const connection = (session.browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [top] = tree.result.contexts as Array<{ context: string; url: string }>;
  if (!top) throw new Error('No chrome browsing context: is Firefox running with --remote-allow-system-access?');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context: top.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = reply.result as unknown as EvaluateResult;
  if (outcome.type === 'exception') throw new Error(`In the browser chrome: ${outcome.exceptionDetails?.text}`);
  return outcome.result?.value;
}

const CHROME_PRELUDE = String.raw`
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_EXTENSION_ID)});
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const action = ExtensionParent.apiManager.global.browserActionFor(extension);
`;

/**
 * Runs the toolbar action on the selected tab of the browser window (bring the
 * shop's page to the front first), waits for its popup, and closes it again.
 * Returns the URL of the tab the action ran on.
 */
export async function triggerToolbarAction(session: FirefoxSession, shopPage: Page): Promise<string> {
  await shopPage.bringToFront();
  const url = (await evaluateInBrowserChrome(session, `(() => {${CHROME_PRELUDE}
    action.triggerAction(win);
    return win.gBrowser.selectedBrowser.currentURI.spec;
  })()`)) as string;
  await pollUntil(
    () => evaluateInBrowserChrome(session, `(() => {${CHROME_PRELUDE} return !!ViewPopup.for(extension, win) && !action.pendingPopup; })()`),
    (open) => open === true,
    { timeoutMs: 10_000 * SLOW, what: 'the toolbar popup to open' },
  );
  await evaluateInBrowserChrome(session, `(() => {${CHROME_PRELUDE} ViewPopup.for(extension, win)?.closePopup(); return true; })()`);
  return url;
}

/** Opens `popup.html` in a background tab of the current window (the shop's tab stays selected). */
export async function openPopupBesideShop(session: FirefoxSession, selector = 'body'): Promise<Page> {
  const page = await session.browser.newPage({ background: true });
  page.setDefaultTimeout(30_000 * SLOW);
  await page.setViewport(POPUP_VIEWPORT);
  const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`;
  // Not awaited: goto never settles for moz-extension:// over BiDi (see firefox.ts).
  page.goto(url).catch(() => {});
  await pollUntil(
    () => page.evaluate('location.href + " " + document.readyState') as Promise<string>,
    (state) => state === `${url} complete`,
    { timeoutMs: 30_000 * SLOW, what: `${url} to load in a background tab` },
  );
  await page.waitForSelector(selector);
  return page;
}
