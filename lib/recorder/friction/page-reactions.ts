// Watches, for a few seconds only, for any sign that the page answered a
// click: a DOM change (attributes included — a menu opened by a class toggle
// is an answer), a scroll, focus moving, a validation bubble, a submit or a
// navigation. Starts on demand and stops completely when told, so its cost
// is bounded by the dead-click window, not by the page's lifetime.

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
  return (onReaction) => {
    let watching = true;
    const report = (reaction: Reaction) => {
      if (watching) onReaction(reaction);
    };
    const reportRecords = (records: MutationRecord[]) => {
      for (let i = 0; i < records.length && i < MAX_RECORDS_READ && watching; i += 1) report({ kind: 'mutation', node: records[i].target });
    };
    const observer = new MutationObserver(reportRecords);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    const listening = new AbortController();
    const options = { capture: true, passive: true, signal: listening.signal };
    const on = (target: EventTarget | null | undefined, type: string, kind: Reaction['kind']) =>
      target?.addEventListener(type, (event) => report({ kind, node: event.target instanceof Node ? event.target : null }), options);
    on(doc, 'scroll', 'scroll');
    on(doc, 'focusin', 'focus');
    on(doc, 'invalid', 'validation');
    on(doc, 'submit', 'submit');
    const win = doc.defaultView;
    on(win, 'hashchange', 'navigation');
    on(win, 'popstate', 'navigation');
    // The Navigation API announces every navigation, same-document or not, as it starts.
    on((win as { navigation?: EventTarget } | null)?.navigation, 'navigate', 'navigation');
    return {
      flush: () => reportRecords(observer.takeRecords()),
      stop() {
        watching = false;
        observer.disconnect();
        listening.abort();
      },
    };
  };
}
