// Form errors (DESIGN §5) on checkout and account pages: the signs a form
// gives when it rejects what the shopper entered, counted, never valued. Only
// signs within a few seconds of the shopper's own submit, click or Enter count
// (a page validating itself is not the shopper failing), and signs close
// together are one failed attempt: one event with how many fields and why.
import { FORM_ERROR_AFTER_ACTION_MS, FORM_ERROR_GROUP_MS } from '../../friction/thresholds';
import type { FoundFriction } from './friction-sink';
import { readErrorMutations, type ErrorKind, type ErrorSource, type FormErrorSign } from './form-error-signs';

export interface FormErrorEnv {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  emit: (found: FoundFriction) => void;
  /** True on checkout and account pages, the only ones whose forms are the journey's. */
  isFormPage: () => boolean;
  /** Starts watching the page for error signs; returns the function that stops it. */
  watchErrors: (onSigns: (signs: FormErrorSign[]) => void) => () => void;
}

interface Attempt {
  t: number;
  lastSignAt: number;
  fields: Set<Element>;
  unattributed: number;
  sources: Record<ErrorSource, number>;
  kinds: Record<ErrorKind, number>;
}

export function createFormErrorDetector(env: FormErrorEnv) {
  let lastActionAt = -Infinity;
  let stopWatching: (() => void) | null = null;
  let attempt: Attempt | null = null;

  const windowOpen = () => env.now() - lastActionAt <= FORM_ERROR_AFTER_ACTION_MS;

  function report() {
    if (!attempt) return;
    const { t, fields, unattributed, sources, kinds } = attempt;
    attempt = null;
    env.emit({ signal: 'form_error', t, detail: { fields: fields.size + unattributed, ...sources, ...kinds } });
  }

  function reportWhenQuiet(current: Attempt) {
    env.setTimeout(() => {
      if (attempt !== current) return;
      const quietFor = env.now() - current.lastSignAt;
      if (quietFor >= FORM_ERROR_GROUP_MS) report();
      else reportWhenQuiet(current);
    }, Math.max(0, current.lastSignAt + FORM_ERROR_GROUP_MS - env.now()));
  }

  /** The observer lives only while the window after an action is open. */
  function stopWhenWindowCloses() {
    env.setTimeout(() => {
      if (!stopWatching) return;
      if (windowOpen()) stopWhenWindowCloses();
      else {
        stopWatching();
        stopWatching = null;
      }
    }, Math.max(0, lastActionAt + FORM_ERROR_AFTER_ACTION_MS - env.now() + 1));
  }

  function signsSeen(signs: FormErrorSign[]) {
    if (signs.length === 0 || !windowOpen() || !env.isFormPage()) return;
    const now = env.now();
    if (!attempt) {
      attempt = {
        t: now,
        lastSignAt: now,
        fields: new Set(),
        unattributed: 0,
        sources: { invalid: 0, ariaInvalid: 0, errorClass: 0, message: 0 },
        kinds: { missing: 0, format: 0, range: 0, custom: 0 },
      };
      reportWhenQuiet(attempt);
    }
    attempt.lastSignAt = now;
    for (const sign of signs) {
      attempt.sources[sign.source] += 1;
      if (sign.kind) attempt.kinds[sign.kind] += 1;
      if (sign.field) attempt.fields.add(sign.field);
      else attempt.unattributed += 1;
    }
  }

  return {
    /** A trusted submit, click or Enter. */
    shopperActed(t: number) {
      if (!env.isFormPage()) return;
      lastActionAt = t;
      if (!stopWatching) {
        stopWatching = env.watchErrors(signsSeen);
        stopWhenWindowCloses();
      }
    },
    /** A trusted `invalid` event (they do not bubble: listen in the capture phase). */
    invalidSeen(sign: FormErrorSign | null) {
      if (sign) signsSeen([sign]);
    },
    /** The page is going away: an attempt being grouped is complete. */
    flush: report,
    stop() {
      stopWatching?.();
      stopWatching = null;
    },
  };
}

/** The browser's watcher: attribute changes that mark fields, nodes that bring messages. */
export function watchFormErrors(doc: Document) {
  return (onSigns: (signs: FormErrorSign[]) => void) => {
    const observer = new MutationObserver((records) => onSigns(readErrorMutations(records)));
    observer.observe(doc.documentElement, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ['aria-invalid', 'class'], attributeOldValue: true,
    });
    return () => observer.disconnect();
  };
}

export type FormErrorDetector = ReturnType<typeof createFormErrorDetector>;
