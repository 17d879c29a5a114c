// Renders public/icon/vitrine.svg, the one source drawing of Vitrine's mark,
// into the PNG sizes WXT puts in the manifest (public/icon/<size>.png).
// Run after changing the drawing: `node tests/tools/render-icons.mjs`.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ICON_SIZES = [16, 32, 48, 128];
const iconDir = fileURLToPath(new URL('../../public/icon/', import.meta.url));
const svg = await readFile(`${iconDir}vitrine.svg`, 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  for (const size of ICON_SIZES) {
    // deviceScaleFactor 1: each PNG is exactly size×size CSS pixels, rasterised by the browser.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    await page.screenshot({ path: `${iconDir}${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
