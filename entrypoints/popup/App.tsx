// The popup's root: works out which site it is about and shows that site's
// journey. Everything it renders lives in components/ (the dashboard reuses it).
import { PopupScreen } from '@/components/popup-screen';
import { useCurrentSite } from '@/components/current-site';

export function App() {
  return <PopupScreen site={useCurrentSite()} />;
}
