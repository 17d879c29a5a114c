// What a page pays to parse, gzip-compressed, measured on the production build
// that `npm run bench` makes first. The recorder (the content script) runs on
// every page of every tracked site; each kit only on the pages that need it —
// the journey kit on shopping pages, the friction kit once a page shows an
// overlay or a rage or dead click (lib/recorder/kits).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export interface SizeBenchResult {
  build: string;
  /** The content script itself: what every tracked page loads. */
  recorder: number;
  journeyKit: number;
  frictionKit: number;
  /** A checkout page with a newsletter modal: the recorder and both kits. */
  mostPerPage: number;
}

function gzipSize(build: string, file: string): number {
  const path = fileURLToPath(new URL(`../../.output/${build}/${file}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx wxt build\` first (npm run bench does).`);
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function benchContentSize(build = 'chrome-mv3'): SizeBenchResult {
  const recorder = gzipSize(build, 'recorder.js');
  const journeyKit = gzipSize(build, 'journey-kit.js');
  const frictionKit = gzipSize(build, 'friction-kit.js');
  return { build, recorder, journeyKit, frictionKit, mostPerPage: recorder + journeyKit + frictionKit };
}
