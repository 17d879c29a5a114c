// Session upkeep that must survive the MV3 worker's death: an alarm (not a
// timer) checks for idle sessions every minute, browser start closes sessions
// the last run left open, and SPA route changes are relayed to the tab.
import { endActiveSessions, endIdleSessions, type VitrineDb } from '../store';
import type { RouteChangedMessage } from '../messages';
import { REFERENCE_STANDARD, type Profile } from '../score/profile';

/** The profile stored scores use (see scoring-profile.ts); the Reference standard by default. */
type ScoringProfile = () => Promise<Profile>;
const referenceStandard: ScoringProfile = async () => REFERENCE_STANDARD;

export const IDLE_ALARM = 'vitrine-idle-check';
/** Chrome allows alarms every 30 s at most; a minute keeps an idle end within 31 minutes. */
const IDLE_CHECK_MINUTES = 1;

interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number }): void | Promise<void>;
}

export async function ensureIdleAlarm(alarms: AlarmsApi): Promise<void> {
  if (!(await alarms.get(IDLE_ALARM))) await alarms.create(IDLE_ALARM, { periodInMinutes: IDLE_CHECK_MINUTES });
}

export async function onAlarm(name: string, db: () => Promise<VitrineDb>, now: number, profile: ScoringProfile = referenceStandard): Promise<void> {
  if (name === IDLE_ALARM) await endIdleSessions(await db(), now, await profile());
}

/** At browser start no session can still be going: the shopper's tabs were closed or restored afresh. */
export async function closeSessionsLeftOpen(db: () => Promise<VitrineDb>, now: number, profile: ScoringProfile = referenceStandard): Promise<void> {
  await endActiveSessions(await db(), 'restart', now, await profile());
}

/**
 * Content scripts live in an isolated world and cannot hook the page's
 * `history.pushState`; the browser sees it, so tell the tab's recorder.
 * Browsers without the Navigation API (Firefox ESR before 147) depend on this.
 */
export function relayRouteChange(
  details: { tabId: number; frameId: number; url: string },
  isTracked: (url: string) => boolean,
  sendToTab: (tabId: number, message: RouteChangedMessage) => Promise<unknown>,
): void {
  if (details.frameId !== 0 || !isTracked(details.url)) return;
  // The tab may have no recorder (yet); nothing to do then.
  sendToTab(details.tabId, { kind: 'route-changed', url: details.url }).catch(() => {});
}
