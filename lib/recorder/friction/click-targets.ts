// What a click landed on, as the friction kit judges a click finding: controls
// a shopper clicks again and again on purpose (steppers, carousels, swatches,
// zoomable images, text fields: never rage), and elements that look as if a
// click must do something (the only candidates for a dead click). Selector
// tests only, no layout, and only called once per finding.
import { LOOKS_INTERACTIVE, type ClickFinding } from './click-findings';
import { describeTarget } from './describe-target';
import type { FoundFriction } from './friction-sink';

/** Walks at most this far up: a `<body class="has-slider">` must not excuse every click on the page. */
const MAX_ANCESTORS = 8;

/** Text entry and choice: a triple-click selects, arrows step, a radio is chosen again. */
const REPEAT_TAGS = /^(?:TEXTAREA|SELECT|OPTION|LABEL|VIDEO|AUDIO)$/;
const REPEAT_ROLES = /^(?:textbox|combobox|spinbutton|slider|radio|radiogroup|option|listbox|tablist|checkbox|switch)$/i;
const BUTTON_INPUTS = /^(?:submit|button|image|reset)$/i;
/**
 * Quantity steppers; carousels, sliders and galleries (an arrow clicked five times is
 * browsing); colour and size swatches (not bare "size-"/"color-"/"variant-": design
 * systems name button modifiers so); zoomable images (a double-click zooms in, another
 * out); media players. One regular expression over the class attribute: cheaper than
 * sixty [class*=…] selectors on every ancestor.
 */
const REPEAT_CLASSES = new RegExp(
  [
    'qty', 'quantity', 'stepper', 'increment', 'decrement', 'counter',
    'carousel', 'slider', 'swiper', 'slick', 'splide', 'glide', 'flickity', 'owl-', 'embla', 'gallery', 'thumbnail',
    'swatch', 'colour', 'colors', 'colou?r-(?:select|picker|option)', 'sizes', 'size-(?:select|picker|option|list)',
    'variants', 'variant-(?:select|picker)',
    'zoom', 'magnif', 'lightbox', 'pinch', 'player',
  ].join('|'),
  'i',
);
const REPEAT_ATTRIBUTES = ['data-qty', 'data-quantity', 'data-swatch', 'data-zoom', 'data-zoom-image', 'data-zoomable'];

function clickedOnPurpose(el: Element): boolean {
  if (REPEAT_TAGS.test(el.tagName)) return true;
  if (el.tagName === 'INPUT' && !BUTTON_INPUTS.test(el.getAttribute('type') ?? '')) return true;
  if (REPEAT_ROLES.test(el.getAttribute('role') ?? '') || REPEAT_CLASSES.test(el.getAttribute('class') ?? '')) return true;
  if (/carousel|slide/i.test(el.getAttribute('aria-roledescription') ?? '')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true') return true;
  return REPEAT_ATTRIBUTES.some((name) => el.hasAttribute(name));
}

/** Arrow and stepper buttons that say what they do only in their label, in Vitrine's seven languages. */
const STEP_LABEL = /\b(?:next|prev(?:ious)?|increase|decrease|increment|decrement|plus|minus|zoom|suivante?s?|pr[ée]c[ée]dente?s?|augmenter|diminuer|avanti|indietro|successiv[oa]|precedente|aumenta|diminuisci|weiter|zur[üu]ck|n[äa]chste[rsn]?|vorherige[rsn]?|erh[öo]hen|verringern|siguiente|anterior|aumentar|disminuir)\b|次へ|前へ|増やす|減らす|下一|上一|增加|减少/i;

export function isDeliberateRepeat(target: Element): boolean {
  let node: Element | null = target;
  for (let depth = 0; node && depth < MAX_ANCESTORS && node !== node.ownerDocument.body; depth += 1) {
    if (clickedOnPurpose(node)) return true;
    node = node.parentElement;
  }
  const control = target.closest('button, [role="button"], a');
  if (!control) return false;
  if (STEP_LABEL.test(`${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''}`)) return true;
  // A stepper's − and + sit beside its number field.
  return control.parentElement?.querySelector('input[type="number"], [role="spinbutton"]') != null;
}

/**
 * The interactive-looking element a click was on, or null when a click there
 * may rightly change nothing on this page: downloads, new tabs, other sites,
 * mail and phone links.
 */
export function deadClickCandidate(target: Element, pageOrigin: string): Element | null {
  const el = target.closest(LOOKS_INTERACTIVE);
  if (!el) return null;
  if (el.tagName !== 'A') return el;
  if (el.hasAttribute('download')) return null;
  const opensIn = el.getAttribute('target');
  if (opensIn && !/^_(?:self|parent|top)$/i.test(opensIn)) return null;
  const href = el.getAttribute('href') ?? '';
  if (/^\s*javascript:/i.test(href)) return el;
  let url: URL;
  try {
    url = new URL(href, el.ownerDocument.baseURI);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === pageOrigin ? el : null;
}

/** A finding becomes friction unless its control is clicked repeatedly on purpose, or a click there may rightly do nothing here. */
export function judgeClickFinding(finding: ClickFinding, pageOrigin: string): FoundFriction | null {
  if (finding.signal === 'rage_click') {
    if (isDeliberateRepeat(finding.target)) return null;
    return { signal: 'rage_click', t: finding.t, detail: { clicks: finding.clicks ?? 0, target: describeTarget(finding.target) } };
  }
  const el = deadClickCandidate(finding.target, pageOrigin);
  return el ? { signal: 'dead_click', t: finding.t, detail: { target: describeTarget(el) } } : null;
}
