// Debian Chromium with the built MV3 extension, driven by playwright-core.
// Shop hosts resolve to the local fixture server (--host-resolver-rules), whose
// self-signed certificate is accepted (--ignore-certificate-errors).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PopupState, ShopTab } from './journey';
import { READ_POPUP_EXPRESSION } from './journey';
import { parseStores, readStoresExpression, toVitrineDump, type VitrineDump } from './db';
import { CHROME_BUILD_DIR, CHROMIUM_PATH, artifactPath } from './paths';
import { SLOW, withTimeout } from './wait';

export interface ChromiumOptions {
  /** Unpacked extension directory (default: .output/chrome-mv3). Pass null to launch without one. */
  extensionDir?: string | null;
  /** Fixture HTTPS port on 127.0.0.1 that every host in `hosts` maps to. */
  fixturePort: number;
  /** Host names to map to the fixture server. */
  hosts: readonly string[];
  /** Extra Chromium switches. */
  args?: string[];
  /** Print the browser's stdout/stderr (also on with VITRINE_E2E_DEBUG=1). */
  dumpio?: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The extension id (from its service worker's URL), or null without an extension. */
  extensionId: string | null;
  /** `chrome-extension://<id>` */
  extensionOrigin: string | null;
  userDataDir: string;
  /** A new tab. */
  newPage(): Promise<Page>;
  /** Opens `popup.html?<query>` in a tab sized like the toolbar popup. */
  openPopup(query?: Record<string, string>, viewport?: { width: number; height: number }): Promise<Page>;
  /** Every record of the given stores of the extension's IndexedDB (null when the database does not exist). */
  readStores(storeNames: readonly string[], dbName?: string): Promise<Record<string, unknown[]> | null>;
  /** events + sessions of the `vitrine` database. */
  readVitrine(): Promise<VitrineDump>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export const POPUP_VIEWPORT = { width: 380, height: 600 };

/** `--host-resolver-rules` value: each host's port 443 goes to 127.0.0.1:<port>, nothing else resolves. */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  const maps = hosts.map((h) => `MAP ${h}:443 127.0.0.1:${port}`);
  // Anything not mapped fails fast instead of trying real DNS (there is no network).
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir === undefined ? CHROME_BUILD_DIR : options.extensionDir;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vitrine-chromium-'));
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules(options.hosts, options.fixturePort)}`,
    ...(extensionDir
      ? [
          `--disable-extensions-except=${path.resolve(extensionDir)}`,
          `--load-extension=${path.resolve(extensionDir)}`,
        ]
      : []),
    ...(options.args ?? []),
  ];
  const launch = chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's headless: true would add a plain --headless; ours above is explicit.
    headless: false,
    args,
    // Playwright passes --disable-extensions by default.
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    timeout: 60_000 * SLOW,
    ...(options.dumpio || process.env.VITRINE_E2E_DEBUG === '1' ? { logger: consoleLogger } : {}),
  });
  const context = await launch.catch((error: unknown) => {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  });
  context.setDefaultTimeout(30_000 * SLOW);
  context.setDefaultNavigationTimeout(45_000 * SLOW);

  let extensionId: string | null = null;
  const cleanup = async () => {
    try {
      await withTimeout(context.close(), 20_000, 'Chromium close');
    } catch {
      // Playwright kills the browser process when the test process exits; the profile goes now.
    }
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    if (extensionDir) extensionId = await findExtensionId(context);
  } catch (error) {
    await cleanup();
    throw error;
  }
  const extensionOrigin = extensionId ? `chrome-extension://${extensionId}` : null;

  let dbPage: Page | null = null;
  const readStores = async (storeNames: readonly string[], dbName?: string) => {
    if (!extensionOrigin) throw new Error('No extension loaded');
    if (!dbPage || dbPage.isClosed()) {
      dbPage = await context.newPage();
      // Any page of the extension's origin shares its IndexedDB; the popup is the one every build has.
      await dbPage.goto(`${extensionOrigin}/popup.html?e2e-reader=1`, { waitUntil: 'domcontentloaded' });
    }
    return parseStores(await dbPage.evaluate(readStoresExpression(storeNames, dbName)));
  };

  return {
    context,
    extensionId,
    extensionOrigin,
    userDataDir,
    newPage: () => context.newPage(),
    async openPopup(query = {}, viewport = POPUP_VIEWPORT) {
      if (!extensionOrigin) throw new Error('No extension loaded');
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const qs = new URLSearchParams(query).toString();
      await page.goto(`${extensionOrigin}/popup.html${qs ? `?${qs}` : ''}`, { waitUntil: 'load' });
      return page;
    },
    readStores,
    async readVitrine() {
      return toVitrineDump(await readStores(['events', 'sessions']));
    },
    async screenshot(page: Page, name: string) {
      const file = artifactPath(name);
      await page.screenshot({ path: file, timeout: 30_000 * SLOW });
      return file;
    },
    close: cleanup,
  };
}

const consoleLogger = {
  isEnabled: (name: string) => name === 'browser',
  log: (name: string, _severity: string, message: string | Error) => console.error(`[chromium:${name}] ${String(message)}`),
};

/** The extension's id, from the URL of its MV3 service worker (waits for it to start). */
async function findExtensionId(context: BrowserContext): Promise<string> {
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  let worker = context.serviceWorkers().find(isExtensionWorker);
  if (!worker) {
    worker = await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: 30_000 * SLOW,
    }).catch(() => undefined);
  }
  if (!worker) {
    throw new Error(
      'The extension did not start a service worker within the timeout: check that it built, that manifest.json has ' +
        'background.service_worker, and run with VITRINE_E2E_DEBUG=1 to see Chromium\'s output.',
    );
  }
  return new URL(worker.url()).host;
}

/** The journey driver for a Playwright page. */
export function playwrightShopTab(page: Page): ShopTab {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async clickToLoad(selector) {
      const before = page.url();
      await Promise.all([
        page.waitForURL((u) => u.href !== before, { waitUntil: 'load' }),
        page.click(selector),
      ]);
    },
    async clickSpa(selector, routePath) {
      await page.click(selector);
      await page.waitForSelector(`html[data-rendered-route="${routePath}"]`, { state: 'attached' });
    },
    async waitForSelector(selector) {
      await page.waitForSelector(selector, { state: 'attached' });
    },
    url: async () => page.url(),
    title: () => page.title(),
  };
}

/** Reads the popup's site name, page count and timeline items. */
export async function readPopup(page: Page): Promise<PopupState> {
  return JSON.parse(await page.evaluate(READ_POPUP_EXPRESSION)) as PopupState;
}
