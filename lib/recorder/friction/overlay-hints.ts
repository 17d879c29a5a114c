// Whether a page shows anything that could be an interstitial — the recorder's
// cheap test for loading the friction kit, which then chooses and measures
// candidates itself (overlay-candidates.ts). Selector tests on a few added nodes.

/** Named like an overlay, or a consent platform's known container. */
export const OVERLAY_LIKE = [
  'dialog', '[aria-modal="true"]', '[role="dialog"]', '[role="alertdialog"]',
  '[class*="modal" i]', '[class*="popup" i]', '[class*="pop-up" i]', '[class*="overlay" i]', '[class*="newsletter" i]',
  '[class*="cookie" i]', '[class*="consent" i]', '[class*="lightbox" i]', '[class*="interstitial" i]',
  '[id*="modal" i]', '[id*="popup" i]', '[id*="overlay" i]', '[id*="newsletter" i]', '[id*="cookie" i]',
  '[id*="consent" i]', '[id*="lightbox" i]',
  '#onetrust-banner-sdk', '#onetrust-pc-sdk', '#CybotCookiebotDialog', '#didomi-popup', '.didomi-popup-container',
  '#truste-consent-track', '#usercentrics-root', '.qc-cmp2-container', '[id^="sp_message_container"]',
].join(',');

/** Added nodes looked at per mutation batch (the friction kit reads as many). */
export const MAX_ADDED_READ = 30;

/** Some added node is named like an overlay, holds one, or is a new child of <body> (a portal). */
export function mayHoldOverlay(added: Element[]): boolean {
  for (let i = 0; i < added.length && i < MAX_ADDED_READ; i += 1) {
    const el = added[i];
    const parent = el.parentElement;
    if (parent === el.ownerDocument.body || parent === el.ownerDocument.documentElement || el.matches(OVERLAY_LIKE) || el.querySelector(OVERLAY_LIKE)) return true;
  }
  return false;
}
