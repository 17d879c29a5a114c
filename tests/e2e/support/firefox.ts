// Debian Firefox ESR with the built MV2 extension, driven by puppeteer-core over
// WebDriver BiDi. Firefox has no host-resolver switch, so all its traffic goes
// through the fixture CONNECT proxy (fixture-server.ts), which tunnels shop
// hosts to the local HTTPS server; the session accepts its self-signed
// certificate (acceptInsecureCerts). The extension is installed as a temporary
// add-on (BiDi webExtension.install) with a fixed internal UUID, so its pages
// live at moz-extension://<FIREFOX_EXTENSION_UUID>/.
//
// Firefox quirks: BiDi navigates a tab to moz-extension:// only when Firefox
// runs with --remote-allow-system-access, and even then page.goto() never
// resolves and page.url() stays about:blank (puppeteer issue #14314). So
// extension pages are opened without awaiting goto, then waited for by
// evaluating location.href / readyState in the page, and by selector.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PopupState, ShopTab } from './journey';
import { READ_POPUP_EXPRESSION } from './journey';
import { parseStores, readStoresExpression, toVitrineDump, type VitrineDump } from './db';
import { FIREFOX_BUILD_DIR, FIREFOX_PATH, artifactPath } from './paths';
import { SLOW, pollUntil, withTimeout } from './wait';

/** browser_specific_settings.gecko.id of the Firefox build. */
export const FIREFOX_EXTENSION_ID = 'vitrine@vitrine.dev';
/** The internal UUID the test profile gives the extension (extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = '5f1c7a2e-0b7d-4c1e-9d2a-7e3f6a8b9c10';

export const POPUP_VIEWPORT = { width: 380, height: 600 };

export interface FirefoxOptions {
  /** Unpacked extension directory (default: .output/firefox-mv2). Pass null to launch without one. */
  extensionDir?: string | null;
  /** The fixture CONNECT proxy's port on 127.0.0.1. */
  proxyPort: number;
  /** Gecko id of the extension (default vitrine@vitrine.dev). */
  extensionId?: string;
  extraPrefs?: Record<string, unknown>;
  args?: string[];
  /** Print the browser's stdout/stderr (also on with VITRINE_E2E_DEBUG=1). */
  dumpio?: boolean;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox reported on install, or null without an extension. */
  extensionId: string | null;
  /** `moz-extension://<uuid>` */
  extensionOrigin: string | null;
  newPage(): Promise<Page>;
  /**
   * Opens an extension page (path relative to the extension root) in a new tab
   * and waits until it has loaded and, when given, `selector` is present.
   */
  openExtensionPage(pathAndQuery: string, opts?: { selector?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  /** Opens `popup.html?<query>` at toolbar-popup size; waits for `selector` (default `body`). */
  openPopup(query?: Record<string, string>, selector?: string): Promise<Page>;
  readStores(storeNames: readonly string[], dbName?: string): Promise<Record<string, unknown[]> | null>;
  readVitrine(): Promise<VitrineDump>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Preferences that send everything through the fixture proxy and keep Firefox off the network. */
export function firefoxPrefs(proxyPort: number, extensionId: string, uuid: string): Record<string, unknown> {
  return {
    // Every http(s) request goes to the fixture proxy (it tunnels only fixture hosts).
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    // Nothing bypasses the proxy by list (loopback still does, by
    // network.proxy.allow_hijacking_localhost=false, which keeps BiDi local).
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    // No DNS over HTTPS, prefetching or background connections.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'app.update.auto': false,
    // The extension gets a fixed internal UUID, so its pages have a known origin.
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
    'xpinstall.signatures.required': false,
    'extensions.experiments.enabled': false,
    'browser.tabs.warnOnClose': false,
  };
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const extensionDir = options.extensionDir === undefined ? FIREFOX_BUILD_DIR : options.extensionDir;
  const expectedId = options.extensionId ?? FIREFOX_EXTENSION_ID;
  const dumpio = options.dumpio ?? process.env.VITRINE_E2E_DEBUG === '1';

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    dumpio,
    timeout: 60_000 * SLOW,
    protocolTimeout: 120_000 * SLOW,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      ...firefoxPrefs(options.proxyPort, expectedId, FIREFOX_EXTENSION_UUID),
      ...options.extraPrefs,
    },
    // Without it, BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context").
    args: ['--remote-allow-system-access', ...(options.args ?? [])],
  });

  let extensionId: string | null = null;
  try {
    if (extensionDir) {
      extensionId = await browser.installExtension(extensionDir);
      if (extensionId !== expectedId) {
        throw new Error(
          `Firefox installed the extension as "${extensionId}", expected "${expectedId}": ` +
            'set browser_specific_settings.gecko.id in the Firefox manifest.',
        );
      }
    }
  } catch (error) {
    await withTimeout(browser.close(), 20_000, 'Firefox close').catch(() => browser.process()?.kill('SIGKILL'));
    throw error;
  }
  const extensionOrigin = extensionId ? `moz-extension://${FIREFOX_EXTENSION_UUID}` : null;

  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000 * SLOW);
    page.setDefaultNavigationTimeout(45_000 * SLOW);
    return page;
  };

  const openExtensionPage: FirefoxSession['openExtensionPage'] = async (pathAndQuery, opts = {}) => {
    if (!extensionOrigin) throw new Error('No extension loaded');
    const page = await newPage();
    if (opts.viewport) await page.setViewport(opts.viewport);
    const url = `${extensionOrigin}/${pathAndQuery.replace(/^\//, '')}`;
    // Not awaited: it never settles for moz-extension:// in Firefox over BiDi.
    page.goto(url).catch(() => {});
    await pollUntil(
      () => page.evaluate('location.href + " " + document.readyState') as Promise<string>,
      (state) => state === `${url} complete`,
      { timeoutMs: 30_000 * SLOW, what: `extension page ${url} to load` },
    );
    if (opts.selector) await page.waitForSelector(opts.selector);
    return page;
  };

  let dbPage: Page | null = null;
  const readStores = async (storeNames: readonly string[], dbName?: string) => {
    if (!dbPage || dbPage.isClosed()) dbPage = await openExtensionPage('popup.html?e2e-reader=1');
    return parseStores(await dbPage.evaluate(readStoresExpression(storeNames, dbName)));
  };

  return {
    browser,
    extensionId,
    extensionOrigin,
    newPage,
    openExtensionPage,
    openPopup: (query = {}, selector = 'body') => {
      const qs = new URLSearchParams(query).toString();
      return openExtensionPage(`popup.html${qs ? `?${qs}` : ''}`, { selector, viewport: POPUP_VIEWPORT });
    },
    readStores,
    async readVitrine() {
      return toVitrineDump(await readStores(['events', 'sessions']));
    },
    async screenshot(page: Page, name: string) {
      const file = artifactPath(name);
      await withTimeout(page.screenshot({ path: file as `${string}.png` }), 30_000 * SLOW, `screenshot ${name}`);
      return file;
    },
    async close() {
      // A graceful close first; a Firefox that does not answer is killed.
      try {
        await withTimeout(browser.close(), 20_000, 'Firefox close');
      } catch {
        browser.process()?.kill('SIGKILL');
      }
    },
  };
}

/** The journey driver for a Puppeteer page (web pages only, not moz-extension:// ones). */
export function puppeteerShopTab(page: Page): ShopTab {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async clickToLoad(selector) {
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
    },
    async clickSpa(selector, routePath) {
      await page.click(selector);
      await page.waitForSelector(`html[data-rendered-route="${routePath}"]`);
    },
    async waitForSelector(selector) {
      await page.waitForSelector(selector);
    },
    // location.href rather than page.url(), which can lag behind pushState in Firefox over BiDi.
    url: async () => (await page.evaluate('location.href')) as string,
    title: () => page.title(),
  };
}

/** Reads the popup's site name, page count and timeline items. */
export async function readPopup(page: Page): Promise<PopupState> {
  return JSON.parse((await page.evaluate(READ_POPUP_EXPRESSION)) as string) as PopupState;
}
