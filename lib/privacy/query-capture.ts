// Search terms are the most personal thing Vitrine sees. The background applies
// the user's query-capture setting to every event before it is stored: as text,
// as a salted SHA-256 (comparable within one install, unreadable), or not at all.
// URLs keep the search parameter only when terms are kept as text (DESIGN §3, §6).
import type { RecordedEvent } from '../events';
import type { QueryCapture } from '../settings/schema';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of a term: salted, and case- and space-insensitive so "Black Tote" and "black tote" match. */
export function hashQuery(query: string, salt: string): Promise<string> {
  return sha256Hex(`${salt}\u0000${query.trim().toLowerCase().replace(/\s+/g, ' ')}`);
}

/** The URL without its query, and with a search term in the path replaced by `*`. */
export function redactSearchUrl(url: string, pathTerm: string | undefined): string {
  const parsed = new URL(url);
  let path = parsed.pathname;
  if (pathTerm) {
    const segments = path.split('/').map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment.replace(/\+/g, ' '));
      } catch {
        // keep the raw segment
      }
      return decoded.trim() === pathTerm ? '*' : segment;
    });
    path = segments.join('/');
  }
  return parsed.origin + path;
}

export async function applyQueryCapture(
  event: RecordedEvent,
  mode: QueryCapture,
  salt: string,
  pathTermOf: (url: string) => string | undefined,
): Promise<RecordedEvent> {
  if (mode === 'text' || event.pageType !== 'search') return event;
  const redacted = { ...event, url: redactSearchUrl(event.url, pathTermOf(event.url)) };
  if (redacted.type === 'search' && redacted.query !== undefined) {
    if (mode === 'hash') redacted.query = await hashQuery(redacted.query, salt);
    else delete redacted.query;
  }
  return redacted;
}
