// The dashboard's frame: the Vitrine header with its three places (Sessions,
// Benchmark, Profiles), the view for the current hash route, and one polite
// live region for async results. It opens the database and reads settings
// once, and keeps the session table's state while other views are shown.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { VitrineDb } from '@/lib/store';
import type { Settings } from '@/lib/settings/schema';
import { VitrineMark } from '@/components/vitrine-mark';
import { DashboardContext, type DashboardServices } from './dashboard-context';
import { hrefFor, type Route } from './route';
import { useHashRoute } from './use-hash-route';
import { SessionsScreen } from './sessions/sessions-screen';
import { INITIAL_SESSIONS_STATE, type SessionsTableState } from './sessions/sessions-state';
import { SessionScreen } from './session/session-screen';
import { BenchmarkScreen } from './benchmark/benchmark-screen';
import { ProfilesScreen } from './profiles/profiles-screen';

const NAV: Array<{ label: string; route: Route; matches: Route['page'][] }> = [
  { label: 'Sessions', route: { page: 'sessions' }, matches: ['sessions', 'session'] },
  { label: 'Benchmark', route: { page: 'benchmark' }, matches: ['benchmark'] },
  { label: 'Profiles', route: { page: 'profiles', id: null }, matches: ['profiles'] },
];

export function DashboardShell({ openDb, loadSettings }: { openDb: () => Promise<VitrineDb>; loadSettings: () => Promise<Settings> }) {
  const route = useHashRoute();
  const [db, setDb] = useState<VitrineDb | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [sessionsState, setSessionsState] = useState<SessionsTableState>(INITIAL_SESSIONS_STATE);

  useEffect(() => {
    Promise.all([openDb(), loadSettings()]).then(([openedDb, loaded]) => {
      setDb(openedDb);
      setSettings(loaded);
    }, (error) => setFailure(String(error instanceof Error ? error.message : error)));
  }, []);

  // Say the same thing twice and a screen reader should hear it twice: clear, then set.
  const announce = useCallback((text: string) => {
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  const refreshSettings = useCallback(async () => setSettings(await loadSettings()), [loadSettings]);

  // After navigating, put focus on the new view's heading, as a page load would.
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    const timer = setTimeout(() => (document.querySelector('.screen__title') as HTMLElement | null)?.focus(), 60);
    return () => clearTimeout(timer);
  }, [route.page, (route as { id?: string | null }).id]);

  const services: DashboardServices | null = db && settings ? { db, announce, scoringProfileId: settings.scoreProfileId, refreshSettings } : null;

  return (
    <div class="dashboard">
      <a class="skip-link" href="#dashboard-main" onClick={(e) => { e.preventDefault(); document.getElementById('dashboard-main')?.focus(); }}>Skip to content</a>
      <header class="dash-header">
        <div class="dash-header__inner">
          <a class="dash-brand" href={hrefFor({ page: 'sessions' })} aria-label="Vitrine, sessions">
            <VitrineMark size={30} />
            <span class="dash-brand__word">Vitrine</span>
            <span class="dash-brand__tagline">Luxury convenience benchmark</span>
          </a>
          <nav class="dash-nav" aria-label="Dashboard">
            <ul>
              {NAV.map((item) => (
                <li key={item.label}>
                  <a href={hrefFor(item.route)} aria-current={item.matches.includes(route.page) ? 'page' : undefined}>{item.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main class="dash-main" id="dashboard-main" tabIndex={-1}>
        {failure && <p class="problem" role="alert">Vitrine could not open its data: {failure}</p>}
        {!services && !failure && <p class="screen__loading">Opening your sessions…</p>}
        {services && (
          <DashboardContext.Provider value={services}>
            {route.page === 'sessions' && <SessionsScreen state={sessionsState} onChange={setSessionsState} />}
            {route.page === 'session' && <SessionScreen id={route.id} />}
            {route.page === 'benchmark' && <BenchmarkScreen />}
            {route.page === 'profiles' && <ProfilesScreen id={route.id} />}
          </DashboardContext.Provider>
        )}
      </main>
      <footer class="dash-footer">
        <p>Vitrine keeps every session on this device. Scores follow DESIGN §5: Find, Wait, Buy and Calm, against the chosen profile.</p>
      </footer>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="live-region">{message}</p>
    </div>
  );
}
