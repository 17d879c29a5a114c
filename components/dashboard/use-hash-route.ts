// The current hash route, following the address bar (links, back, forward).
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}
