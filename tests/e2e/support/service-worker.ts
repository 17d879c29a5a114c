// The extension's MV3 service worker in Chromium, as a test needs to kill it:
// Chrome stops an idle worker after 30 s and may at any moment, and Vitrine
// must lose nothing when it does (STYLE: persist before you acknowledge).
// CDP's ServiceWorker.stopAllWorkers stops it the way Chrome does (no
// reinstall, no onStartup, unlike runtime.reload()); the next extension event
// starts it again. CDP's ServiceWorker events say when it stopped and started.
//
// Playwright does not notice: the worker keeps its CDP target id across the
// restart, so context.serviceWorkers() keeps the same Worker object, which
// then evaluates in the new worker's global scope. A global set before the
// stop and gone after it is the proof that the worker really started afresh.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { SLOW, pollUntil } from './wait';

const MARK = '__vitrineE2eWorkerMark';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

/** The extension's service worker as Playwright knows it (present even while it is stopped, once seen). */
export function extensionWorker(context: BrowserContext, extensionId: string): Worker | null {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? null;
}

/** Sets a global in the worker's current scope. */
export async function markWorker(worker: Worker, value: string): Promise<void> {
  await worker.evaluate(`globalThis[${JSON.stringify(MARK)}] = ${JSON.stringify(value)}`);
}

/** The global markWorker set, or null in a scope that never had it (a worker started since). */
export async function workerMark(worker: Worker): Promise<string | null> {
  return (await worker.evaluate(`globalThis[${JSON.stringify(MARK)}] ?? null`)) as string | null;
}

export interface ExtensionWorkerControl {
  /** The worker's running status as CDP last reported it. */
  status(): RunningStatus | null;
  /** How many times it went from not running to running since the control was opened. */
  starts(): number;
  /** Stops it (and every other worker of the profile) and waits until CDP reports it stopped. */
  stop(): Promise<void>;
  /** Waits until it runs again. */
  waitUntilRunning(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the extension's worker through CDP's ServiceWorker domain, on a page
 * of the extension's own (opened here, closed by `close()`).
 */
export async function controlExtensionWorker(context: BrowserContext, extensionId: string): Promise<ExtensionWorkerControl> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?e2e-worker=1`, { waitUntil: 'domcontentloaded' });
  const cdp: CDPSession = await context.newCDPSession(page);
  let status: RunningStatus | null = null;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      if (version.runningStatus === 'running' && status !== 'running') starts += 1;
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = (wanted: RunningStatus | null, what: string) =>
    pollUntil(async () => status, (s) => (wanted === null ? s !== null : s === wanted), { timeoutMs: 15_000 * SLOW, intervalMs: 50, what });
  // Enabling the domain reports every registered worker's version at once.
  await waitFor(null, 'CDP to report the extension worker');
  starts = 0;

  return {
    status: () => status,
    starts: () => starts,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped', 'the extension service worker to stop');
    },
    async waitUntilRunning() {
      await waitFor('running', 'the extension service worker to start again');
    },
    async close() {
      await cdp.detach().catch(() => {});
      await page.close().catch(() => {});
    },
  };
}
