// What every dashboard view needs from the shell: the open database and a way
// to announce an async result to screen readers (one live region per page).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VitrineDb } from '@/lib/store';

export interface DashboardServices {
  db: VitrineDb;
  /** Says `message` in the page's polite live region. */
  announce: (message: string) => void;
  /** The profile stored scores are computed against (settings.scoreProfileId). */
  scoringProfileId: string;
  /** Re-reads settings after the background changed them (select-profile). */
  refreshSettings: () => Promise<void>;
}

export const DashboardContext = createContext<DashboardServices | null>(null);

export function useDashboard(): DashboardServices {
  const services = useContext(DashboardContext);
  if (!services) throw new Error('useDashboard outside the dashboard shell');
  return services;
}
