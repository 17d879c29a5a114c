// Keeps a site's journey fresh while a page is open: reads IndexedDB at once
// (no round-trip to the worker, which may be asleep), then every `refreshMs`
// so new pages appear. Reads that started before the popup changed the session
// itself ("End session", a saved rating) are dropped, so they cannot undo it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Session } from '@/lib/journey/session';
import { openVitrineDb, type VitrineDb } from '@/lib/store';
import { readSiteJourney, type SiteJourney } from './read-site-journey';

export const JOURNEY_REFRESH_MS = 1500;

export interface SiteJourneyState extends SiteJourney {
  loaded: boolean;
  error: string | null;
}

export interface SiteJourneyOptions {
  /** Opens the database; pass a stable function (it is an effect dependency). Defaults to the real store. */
  openDb?: () => Promise<VitrineDb>;
  refreshMs?: number;
}

const INITIAL: SiteJourneyState = { loaded: false, error: null, session: null, events: [], recent: [] };

/** `siteId` undefined means "not known yet": nothing is read until it is a string or null. */
export function useSiteJourney(siteId: string | null | undefined, options: SiteJourneyOptions = {}) {
  const { openDb = openVitrineDb, refreshMs = JOURNEY_REFRESH_MS } = options;
  const [state, setState] = useState<SiteJourneyState>(INITIAL);
  const db = useRef<Promise<VitrineDb> | null>(null);
  const followed = useRef<string | null>(null);
  const generation = useRef(0);
  const reading = useRef(false);

  const refresh = useCallback(async () => {
    if (siteId === undefined || !db.current || reading.current) return;
    reading.current = true;
    const started = generation.current;
    try {
      const journey = await readSiteJourney(await db.current, siteId, followed.current);
      if (started !== generation.current) return;
      followed.current = journey.session?.id ?? followed.current;
      setState({ ...journey, loaded: true, error: null });
    } catch (error) {
      if (started === generation.current) setState((previous) => ({ ...previous, loaded: true, error: String(error) }));
    } finally {
      reading.current = false;
    }
  }, [siteId]);

  useEffect(() => {
    if (siteId === undefined) return;
    const opening = openDb();
    db.current = opening;
    void refresh();
    const timer = setInterval(() => void refresh(), refreshMs);
    return () => {
      clearInterval(timer);
      db.current = null;
      opening.then((open) => open.close(), () => {});
    };
  }, [siteId, refreshMs, openDb, refresh]);

  /** Shows the session as the background just stored it (ended, rated) at once, then re-reads so the store wins. */
  const showSession = useCallback(
    (changed: Session | null) => {
      generation.current += 1;
      reading.current = false;
      if (changed) setState((previous) => (previous.session?.id === changed.id ? { ...previous, session: changed } : previous));
      void refresh();
    },
    [refresh],
  );

  return { ...state, refresh, showSession, markEnded: showSession };
}
