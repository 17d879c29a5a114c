// The dashboard's root: the shell, given the real database and settings.
// Everything it renders lives in components/dashboard/.
import { DashboardShell } from '@/components/dashboard/dashboard-shell';
import { openVitrineDb } from '@/lib/store';
import { loadSettings } from '@/lib/settings/storage';

const openDb = () => openVitrineDb();

export function App() {
  return <DashboardShell openDb={openDb} loadSettings={loadSettings} />;
}
