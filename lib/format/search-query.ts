// What a shopper searched for, as the timeline may show it. A term kept as text
// is quoted; a term kept as a salted hash (query capture "hash") or not kept at
// all reads "a search" — a hash means nothing to a person and must never show.

/** A salted SHA-256 as lib/privacy/query-capture.ts stores it: 64 hex digits. */
const HASHED_QUERY = /^[0-9a-f]{64}$/i;

export function isHashedQuery(query: string): boolean {
  return HASHED_QUERY.test(query.trim());
}

/** The words searched for, or null when they are not known (absent, blank or hashed). */
export function readableQuery(query: string | undefined): string | null {
  const words = query?.trim();
  return words && !isHashedQuery(words) ? words : null;
}

/** `search "black tote"`, or `a search` when the words are not known. */
export function searchPhrase(query: string | undefined): string {
  const words = readableQuery(query);
  return words === null ? 'a search' : `search "${words}"`;
}
