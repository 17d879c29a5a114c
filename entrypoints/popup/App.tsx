// The popup's root: works out which page it was opened on and shows that
// site's journey, or the offer to track it. Everything it renders lives in
// components/ (the dashboard reuses it).
import { PopupScreen } from '@/components/popup-screen';
import { useCurrentPage } from '@/components/current-site';

export function App() {
  const page = useCurrentPage();
  return <PopupScreen site={page?.site} trackableHost={page?.trackableHost} />;
}
