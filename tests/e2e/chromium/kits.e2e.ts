// The content script stays within its size budget because it loads its kits
// only where a page needs them (lib/recorder/kits). This looks into the
// recorder's own isolated world through CDP, on the Mytheresa fixture: a
// listing the shopper only looks at runs the recorder alone, a product page
// gets the journey kit, a page with a newsletter modal or a rage click gets
// the friction kit.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../support/chromium';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { MT, SITE, at } from '../support/friction/mytheresa';
import { CHROME_BUILD_DIR, requireBuild } from '../support/paths';
import { pollUntil, sleep, SLOW } from '../support/wait';

interface KitsLoaded {
  journey: boolean;
  friction: boolean;
}

/** Read in the recorder's world: the running recorder is kept under Symbol.for('vitrine.recorder'). */
const READ_KITS = `(() => {
  const recorder = globalThis[Symbol.for('vitrine.recorder')];
  return recorder ? { journey: recorder.has('journey'), friction: recorder.has('friction') } : null;
})()`;

/** Long enough for a kit the page needed to have come (a load-kit round trip takes milliseconds). */
const SETTLE_MS = 1_500 * SLOW;

describe('chromium: the recorder loads its kits only where a page needs them', () => {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;

  beforeAll(async () => {
    requireBuild(CHROME_BUILD_DIR, 'npx wxt build');
    server = await startFixtureServer({ shops: [SITE] });
    browser = await launchChromium({ extensionDir: CHROME_BUILD_DIR, fixturePort: server.port, hosts: server.hosts });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !browser) return;
    for (const [i, page] of browser.context.pages().entries()) {
      await browser.screenshot(page, `failure-chromium-kits-${ctx.task.name.replace(/\W+/g, '-')}-${i}.png`).catch(() => {});
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The kits the recorder in this page's top frame has, or null before it runs. */
  async function kitsIn(page: Page): Promise<KitsLoaded | null> {
    const cdp: CDPSession = await browser!.context.newCDPSession(page);
    try {
      const worlds: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable'); // reports every context that already exists
      const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.name.startsWith('Vitrine'));
      if (!world) return null;
      const { result } = await cdp.send('Runtime.evaluate', { expression: READ_KITS, contextId: world.id, returnByValue: true });
      return (result.value as KitsLoaded | null) ?? null;
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  async function open(path: string): Promise<Page> {
    const page = await browser!.newPage();
    await page.goto(at(path), { waitUntil: 'load' });
    await pollUntil(() => kitsIn(page), (kits) => kits !== null, { timeoutMs: 10_000 * SLOW, what: 'the recorder in the page' });
    return page;
  }

  it('a listing the shopper only looks at runs the recorder alone', async () => {
    const page = await open(MT.shoes);
    await page.mouse.wheel(0, 600);
    await sleep(SETTLE_MS);
    expect(await kitsIn(page)).toEqual({ journey: false, friction: false });
    await page.close();
  });

  it('a product page gets the journey kit, and nothing else', async () => {
    const page = await open(MT.puzzle);
    await pollUntil(() => kitsIn(page), (kits) => kits?.journey === true, { timeoutMs: 5_000 * SLOW, what: 'the journey kit' });
    await sleep(SETTLE_MS);
    expect(await kitsIn(page)).toEqual({ journey: true, friction: false });
    await page.close();
  });

  it('a home page with a newsletter modal gets the friction kit', async () => {
    const page = await open(MT.home);
    await page.waitForSelector('.newsletter-modal');
    await pollUntil(() => kitsIn(page), (kits) => kits?.friction === true, { timeoutMs: 5_000 * SLOW, what: 'the friction kit' });
    expect((await kitsIn(page))?.journey).toBe(false);
    await page.close();
  });

  it('a rage click on a plain listing fetches the friction kit to judge it', async () => {
    const page = await open(MT.bags);
    await sleep(SETTLE_MS);
    expect((await kitsIn(page))?.friction).toBe(false);
    const heading = page.locator('h1').first();
    for (let i = 0; i < 3; i += 1) await heading.click({ delay: 20 });
    await pollUntil(() => kitsIn(page), (kits) => kits?.friction === true, { timeoutMs: 5_000 * SLOW, what: 'the friction kit' });
    await page.close();
  });
});
