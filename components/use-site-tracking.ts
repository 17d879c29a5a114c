// Holds the popup's answer to "Track this site" and "Stop tracking": once the
// browser grants (or takes back) a host, the popup shows that site as tracked
// (or untracked) at once, without waiting for the background to save it.
import { useState } from 'preact/hooks';
import { customSiteRef, type CurrentPage, type SiteRef } from './current-site';
import { askToTrackHost, stopTrackingHosts } from './site-permission-request';

export type TrackingStatus =
  | 'idle'
  | 'asking' // the browser's permission prompt is open
  | 'refused'
  | 'failed' // the browser would not even ask
  | 'started'
  | 'stopping'
  | 'stop-failed'
  | 'stopped';

export interface SiteTracking {
  /** undefined while the page is still unknown; null off tracked sites. */
  site: SiteRef | null | undefined;
  trackableHost: string | null;
  status: TrackingStatus;
  startTracking(): Promise<void>;
  stopTracking(): Promise<void>;
}

/** `page` undefined while the popup still asks which tab it is on. */
export function useSiteTracking(page: CurrentPage | undefined): SiteTracking {
  const [changed, setChanged] = useState<CurrentPage | null>(null);
  const [status, setStatus] = useState<TrackingStatus>('idle');
  const current = changed ?? page;
  const site = current === undefined ? undefined : current.site;
  const trackableHost = current?.trackableHost ?? null;

  async function startTracking() {
    if (!trackableHost) return;
    // The permission request must be the first thing the click does (user gesture).
    const answering = askToTrackHost(trackableHost);
    setStatus('asking');
    const answer = await answering;
    if (answer === 'granted') {
      setChanged({ site: customSiteRef(trackableHost), trackableHost: null });
      setStatus('started');
    } else {
      setStatus(answer);
    }
  }

  async function stopTracking() {
    const hosts = site?.customHosts;
    if (!hosts?.length) return;
    setStatus('stopping');
    if (await stopTrackingHosts(hosts)) {
      setChanged({ site: null, trackableHost: hosts[0] });
      setStatus('stopped');
    } else {
      setStatus('stop-failed');
    }
  }

  return { site, trackableHost, status, startTracking, stopTracking };
}
