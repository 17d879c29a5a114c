// Paths the end-to-end harness uses, all absolute, resolved from this file.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const SHOPS_DIR = path.join(REPO_ROOT, 'tests/fixtures/shops');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests/e2e/artifacts');

/** The unpacked builds under test (override with VITRINE_CHROME_BUILD / VITRINE_FIREFOX_BUILD). */
export const CHROME_BUILD_DIR = path.resolve(process.env.VITRINE_CHROME_BUILD ?? path.join(REPO_ROOT, '.output/chrome-mv3'));
export const FIREFOX_BUILD_DIR = path.resolve(process.env.VITRINE_FIREFOX_BUILD ?? path.join(REPO_ROOT, '.output/firefox-mv2'));

export const CHROMIUM_PATH = process.env.VITRINE_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.VITRINE_FIREFOX ?? '/usr/bin/firefox-esr';

/** The fixture shop directory of a site id, e.g. `net-a-porter`. */
export function shopDir(siteId: string): string {
  return path.join(SHOPS_DIR, siteId);
}

/** Absolute path of an artifact file; creates the artifacts directory. */
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}

/** Throws a readable error when a build the suite needs is missing. */
export function requireBuild(dir: string, command: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir} (manifest.json missing). Run \`${command}\` first.`);
  }
  return dir;
}
