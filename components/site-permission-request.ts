// The popup's side of "Track this site" / "Stop tracking": it only asks the
// browser for (or gives back) one host's permission; the background reacts to
// the change (lib/background/custom-tracking.ts). Never throws.
import { browser } from 'wxt/browser';
import { originPatternOf } from './trackable-host';

export type TrackAnswer = 'granted' | 'refused' | 'failed';

/**
 * Call straight from the click handler, before any other await: browsers only
 * show the permission prompt during a user gesture. In Firefox the popup may
 * close while the prompt shows, so this may never settle; the background still sees the grant.
 */
export async function askToTrackHost(host: string): Promise<TrackAnswer> {
  try {
    const granted = await browser.permissions.request({ origins: [originPatternOf(host)] });
    return granted ? 'granted' : 'refused';
  } catch {
    return 'failed';
  }
}

/** true once the browser no longer lets Vitrine read these hosts. */
export async function stopTrackingHosts(hosts: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: hosts.map(originPatternOf) });
  } catch {
    return false;
  }
}
