// The content script runs on every page of every luxury site a shopper visits:
// its gzip size is what each page pays to parse. Measured on the production
// build that `npm run bench` makes first.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export interface SizeBenchResult {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export function benchContentSize(build = 'chrome-mv3'): SizeBenchResult {
  const file = fileURLToPath(new URL(`../../.output/${build}/content-scripts/content.js`, import.meta.url));
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx wxt build\` first (npm run bench does).`);
  const code = readFileSync(file);
  return { name: `content script (${build})`, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}
