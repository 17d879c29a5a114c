// Which added elements could be an interstitial, and how the browser measures
// one. Choosing is cheap (selector tests on added nodes, a few per batch);
// only the chosen few are measured with getComputedStyle and
// getBoundingClientRect, so a page that adds thousands of nodes costs the same.
import type { OverlayBox } from './interstitials';
import { MAX_ADDED_READ, OVERLAY_LIKE } from './overlay-hints';

/** Per mutation batch: candidates handed on to be measured (of MAX_ADDED_READ nodes looked at). */
export const MAX_CANDIDATES = 6;

/** A backdrop alone is not an interstitial, and an element holding the page's main content is the page. */
function couldBeOverlay(el: Element): boolean {
  if (!el.firstElementChild && !(el.textContent ?? '').trim()) return false;
  return !el.querySelector('main, [role="main"]');
}

/**
 * From the element nodes one mutation batch added: those named like overlays (or
 * holding one), and new children of <body> (portals), which get measured too.
 */
export function selectOverlayCandidates(added: Element[]): Element[] {
  const chosen: Element[] = [];
  const take = (el: Element) => {
    if (chosen.length < MAX_CANDIDATES && !chosen.includes(el) && couldBeOverlay(el)) chosen.push(el);
  };
  for (let i = 0; i < added.length && i < MAX_ADDED_READ && chosen.length < MAX_CANDIDATES; i += 1) {
    const el = added[i];
    const parent = el.parentElement;
    if (el.matches(OVERLAY_LIKE) || (parent !== null && (parent === el.ownerDocument.body || parent === el.ownerDocument.documentElement))) take(el);
    const inside = el.querySelector(OVERLAY_LIKE); // the first only: a portal holds one dialog
    if (inside) take(inside);
  }
  return chosen;
}

/** Overlays already in the page when the recorder starts (shown now, or waiting for a timer). */
export function findOverlayCandidates(doc: Document): Element[] {
  const found = doc.querySelectorAll(OVERLAY_LIKE);
  const chosen: Element[] = [];
  for (let i = 0; i < found.length && chosen.length < MAX_CANDIDATES * 2; i += 1) if (couldBeOverlay(found[i])) chosen.push(found[i]);
  return chosen;
}

/** How far up an element may sit inside the fixed layer that carries it (a dialog in its backdrop). */
const MAX_FLOATING_DEPTH = 8;
const HIDDEN: OverlayBox = { coverage: 0, visible: false, floating: false };

export function measureOverlay(win: Window): (el: Element) => OverlayBox {
  const coverageOf = (rect: DOMRect) => {
    // The layout viewport without scrollbars: a full-screen overlay covers 100%, not 99%.
    const root = win.document.documentElement;
    const viewWidth = root.clientWidth || win.innerWidth;
    const viewHeight = root.clientHeight || win.innerHeight;
    const width = Math.max(0, Math.min(rect.right, viewWidth) - Math.max(rect.left, 0));
    const height = Math.max(0, Math.min(rect.bottom, viewHeight) - Math.max(rect.top, 0));
    return viewWidth * viewHeight > 0 ? Math.min(1, (width * height) / (viewWidth * viewHeight)) : 0;
  };
  return (el) => {
    const style = win.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number.parseFloat(style.opacity || '1') < 0.05) return HIDDEN;
    let coverage = coverageOf(el.getBoundingClientRect());
    if (coverage === 0) return HIDDEN;
    const doc = el.ownerDocument;
    let node: Element | null = el;
    for (let depth = 0; node && node !== doc.body && node !== doc.documentElement && depth < MAX_FLOATING_DEPTH; depth += 1) {
      const position = node === el ? style.position : win.getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') {
        // The layer that floats blocks the page, not just the box inside it.
        if (node !== el) coverage = Math.max(coverage, coverageOf(node.getBoundingClientRect()));
        return { coverage, visible: true, floating: true };
      }
      node = node.parentElement;
    }
    return { coverage, visible: true, floating: false };
  };
}

/** What a site changes to show a hidden modal: its own class or style, or a class on <html>/<body>. */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-modal'];

export function watchOverlayAttributes(doc: Document) {
  return (els: Element[], onChange: () => void) => {
    const observer = new MutationObserver(onChange);
    for (const el of els) observer.observe(el, { attributes: true, attributeFilter: SHOWING_ATTRIBUTES });
    for (const root of [doc.documentElement, doc.body]) if (root) observer.observe(root, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => observer.disconnect();
  };
}
