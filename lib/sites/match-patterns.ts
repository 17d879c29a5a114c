// Match patterns derived from the registry: the content script's `matches` and
// the manifest's host permissions are both this list, so adding a host to the
// registry is the only step needed to record on it.
import { SITES } from './registry';

export function hostMatchPatterns(sites = SITES): string[] {
  const patterns = new Set<string>();
  for (const site of sites) for (const host of site.hosts) patterns.add(`https://${host}/*`);
  return [...patterns].sort();
}

/** The recorder's file in every build: its manifest entry and the scripts registered for user-added sites. */
export const CONTENT_SCRIPT_FILE = 'recorder.js';
