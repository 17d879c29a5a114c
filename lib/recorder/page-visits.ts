// Page visits: one `page_view` per document load and per SPA route change, each
// with a fresh visitId. Pure of the browser: everything it reads comes in
// through `PageVisitSource`, so tests drive it without a DOM.
import type { PageViewEvent } from '../events';
import type { UrlClassification } from '../sites/types';

export type Nav = PageViewEvent['nav'];

/** SPA frameworks set the new title a moment after pushState; wait this long before reading it. */
export const SPA_TITLE_SETTLE_MS = 300;
const MAX_TITLE = 300;

export interface PageVisitSource {
  href: () => string;
  title: () => string;
  /** The background's classification of the page at `url`, or null when it gave none (the visit is then not recorded). */
  classify: (url: string) => Promise<UrlClassification | null>;
  /** The page view, and how its page was classified (for the journey detectors), with the URL the visit began at. */
  emit: (event: PageViewEvent, page: UrlClassification & { href: string }) => void;
  newId: () => string;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export interface PageVisits {
  /** A document load (or a back/forward-cache restore): `t` is when its navigation started. */
  loaded(nav: Nav, t: number, loadMs: number | null): void;
  /** The URL may have changed without a load; a new visit starts if the route did. */
  routeChanged(nav: Nav, t: number): void;
  readonly visitId: string | null;
}

/**
 * Origin + path, no hash, and no query except the search parameter on a search
 * page (DESIGN §3 `url`); the background drops that too unless terms are kept as text.
 */
export function storedUrl(url: URL, searchQuery?: string): string {
  if (searchQuery === undefined) return url.origin + url.pathname;
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (value.trim() === searchQuery) kept.append(name, value);
  const query = kept.toString();
  return url.origin + url.pathname + (query ? `?${query}` : '');
}

/** What makes two URLs the same route: path (without trailing slash) and query, not hash. */
function routeKey(url: URL): string {
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return url.origin + path + url.search;
}

export function createPageVisits(source: PageVisitSource): PageVisits {
  let visitId: string | null = null;
  let currentRoute: string | null = null;
  let waitingForTitle: (() => void) | null = null;
  let classifying: Promise<void> = Promise.resolve();

  function begin(nav: Nav, t: number, loadMs: number | null, settleMs: number) {
    waitingForTitle?.(); // a route change before the last title settled: record that one as it is
    const url = new URL(source.href());
    const id = source.newId();
    visitId = id;
    currentRoute = routeKey(url);
    const emit = () => {
      if (waitingForTitle !== emit) return; // already recorded early by the next route change
      waitingForTitle = null;
      const title = source.title().trim().slice(0, MAX_TITLE);
      // Classified when recorded, so an SPA's freshly rendered page is what gets read; one
      // at a time, so visits are recorded in the order they began.
      classifying = classifying.then(async () => {
        const page = await source.classify(url.href).catch(() => null);
        if (!page) return;
        source.emit({
          id: source.newId(),
          visitId: id,
          t,
          type: 'page_view',
          pageType: page.pageType,
          url: storedUrl(url, page.pageType === 'search' ? page.searchQuery : undefined),
          nav,
          title,
          loadMs,
        }, { ...page, href: url.href });
      });
    };
    waitingForTitle = emit;
    if (settleMs > 0) source.setTimeout(emit, settleMs);
    else emit();
  }

  return {
    loaded(nav, t, loadMs) {
      begin(nav, t, loadMs, 0);
    },
    routeChanged(nav, t) {
      let url: URL;
      try {
        url = new URL(source.href());
      } catch {
        return;
      }
      // Before the load's own visit is recorded there is no route to change from: the load reads the URL.
      if (currentRoute === null || routeKey(url) === currentRoute) return;
      begin(nav, t, null, SPA_TITLE_SETTLE_MS);
    },
    get visitId() {
      return visitId;
    },
  };
}
