// The dashboard's places as hash routes, so every view has an address a
// consultant can bookmark or the popup can open (`#/sessions/<id>`).
// Parsing is pure; an unknown address falls back to the session list.

export type Route =
  | { page: 'sessions' }
  | { page: 'session'; id: string }
  | { page: 'benchmark' }
  | { page: 'profiles'; id: string | null };

export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/').map((part) => safeDecode(part));
  if (section === 'sessions' && id) return { page: 'session', id };
  if (section === 'benchmark') return { page: 'benchmark' };
  if (section === 'profiles') return { page: 'profiles', id: id || null };
  return { page: 'sessions' };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'sessions': return '#/sessions';
    case 'session': return `#/sessions/${encodeURIComponent(route.id)}`;
    case 'benchmark': return '#/benchmark';
    case 'profiles': return route.id ? `#/profiles/${encodeURIComponent(route.id)}` : '#/profiles';
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
