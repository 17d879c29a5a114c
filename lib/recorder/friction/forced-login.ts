// Forced login (DESIGN §5; Baymard: 26% abandon over forced accounts): a
// checkout's sign-in step that offers no way to go on as a guest. A pure read
// of the document for the journey detector to call once the step is shown;
// it answers "not yet" while the sign-in form has not rendered.
import { GUEST_CHECKOUT } from '../page-texts';

export type LoginStep = 'guest_option' | 'forced' | 'not_rendered';

/** SPA checkouts render the guest option a moment after the sign-in form: judge this long after the step. */
export const LOGIN_SETTLE_MS = 1500;

const SIGN_IN_FORM = 'input[type="password"], input[type="email"], input[autocomplete~="username"], input[autocomplete~="email"], input[name*="email" i]';
/** Where a guest option shows: its button, link, tab, radio label or heading. */
const CHOICES = 'button, a, [role="button"], [role="tab"], [role="radio"], label, h1, h2, h3, h4, legend, input[type="submit"], input[type="button"]';
const MAX_CHOICES = 200;
const MAX_TEXT = 120;

export function readLoginStep(doc: Document): LoginStep {
  const scope = doc.querySelector('main') ?? doc.body;
  if (!scope || !scope.querySelector(SIGN_IN_FORM)) return 'not_rendered';
  const choices = scope.querySelectorAll(CHOICES);
  for (let i = 0; i < choices.length && i < MAX_CHOICES; i += 1) {
    const el = choices[i];
    // A submit input's value is its label, written by the site, never by the shopper.
    const label = el.tagName === 'INPUT' ? el.getAttribute('value') ?? '' : (el.textContent ?? '').slice(0, MAX_TEXT);
    if (GUEST_CHECKOUT.test(label) || GUEST_CHECKOUT.test(el.getAttribute('aria-label') ?? '')) return 'guest_option';
  }
  return 'forced';
}
