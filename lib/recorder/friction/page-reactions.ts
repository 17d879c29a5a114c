// Watches, for a few seconds only, for any sign that the page answered a
// click: a DOM change (attributes included — a menu opened by a class toggle
// is an answer), a scroll, focus moving, a validation bubble, a submit or a
// navigation. The DOM observer runs only while a click is being judged, so its
// cost is bounded by the dead-click window, not by the page's lifetime.

export interface Reaction {
  kind: 'mutation' | 'scroll' | 'focus' | 'validation' | 'submit' | 'navigation';
  /** Where it happened, when that is known: lets the caller ignore a button's own pressed styling. */
  node: Node | null;
}

/** A page animating something (a countdown, a carousel) mutates constantly: look at this many records a batch at most. */
const MAX_RECORDS_READ = 100;

export interface ReactionWatch {
  /** Reports, now, the DOM changes not yet delivered (the observer delivers them a microtask late). */
  flush(): void;
  stop(): void;
}
export type WatchReactions = (onReaction: (reaction: Reaction) => void) => ReactionWatch;

export function watchPageReactions(doc: Document): WatchReactions {
  // One observer and one set of passive listeners per page, made on first use: a
  // click then costs an observe() and a disconnect(), not a new observer and seven
  // listeners (the per-event budget, issue 4). Idle listeners return at once.
  let current: ((reaction: Reaction) => void) | null = null;
  let observer: MutationObserver | null = null;
  const reportRecords = (records: MutationRecord[]) => {
    for (let i = 0; i < records.length && i < MAX_RECORDS_READ && current; i += 1) current({ kind: 'mutation', node: records[i].target });
  };
  const install = (): MutationObserver => {
    const options = { capture: true, passive: true };
    const on = (target: EventTarget | null | undefined, type: string, kind: Reaction['kind']) =>
      target?.addEventListener(type, (event) => current?.({ kind, node: event.target instanceof Node ? event.target : null }), options);
    on(doc, 'scroll', 'scroll');
    on(doc, 'focusin', 'focus');
    on(doc, 'invalid', 'validation');
    on(doc, 'submit', 'submit');
    const win = doc.defaultView;
    on(win, 'hashchange', 'navigation');
    on(win, 'popstate', 'navigation');
    // The Navigation API announces every navigation, same-document or not, as it starts.
    on((win as { navigation?: EventTarget } | null)?.navigation, 'navigate', 'navigation');
    return new MutationObserver(reportRecords);
  };
  return (onReaction) => {
    observer ??= install();
    const watching = observer;
    current = onReaction; // one click is judged at a time (dead-clicks.ts)
    watching.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    let active = true;
    return {
      flush: () => {
        if (active) reportRecords(watching.takeRecords());
      },
      stop() {
        if (!active) return;
        active = false;
        if (current !== onReaction) return; // a newer watch owns the observer now
        current = null;
        watching.disconnect();
      },
    };
  };
}
