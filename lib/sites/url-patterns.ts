// Regular-expression building blocks shared by the platform rules and the site
// groups, so a locale prefix or a "content page" word is spelled once. All are
// tested on lower-cased paths without their trailing slash.
import type { PageRule, PageType } from './types';

/**
 * A locale prefix: `/en-gb`, `/en_us`, `/eng-us`, `/int_en`, or a country or
 * language code alone (`/fr`, `/us`, `/intl`, `/usa`) optionally followed by a
 * second one (`/us/en`, `/gb/en`, `/us/en-us`, `/usa/en`). That second segment is
 * never one of the short page keywords some sites use (`/ca/` and `/pr/` on SAP
 * Commerce, `/cm/` content pages on Salesforce).
 */
export const LOCALE = new RegExp(
  String.raw`^/(?:(?:[a-z]{2}|int|intl|usa|gbr|eur)(?:/(?!(?:ca|pr|st|cp|cm)(?:/|$))[a-z]{2}(?:[-_][a-z]{2})?)?` +
    String.raw`|[a-z]{2}-(?:[a-z]{2}|int)|[a-z]{2}_[a-z]{2,3}|[a-z]{3}[-_][a-z]{2})(?=/|\.html$|$)`,
);

/** What is left of a home page once the locale is cut: nothing, `.html` (`/us/en.html`), `/home`, `/index.jsp`. */
export const HOME = /^(?:\.html?|\/(?:home|homepage|index)(?:\.(?:html?|jsp|aspx))?)?$/;

/** Words that mark an editorial, service or store page, as a whole path token. */
export const CONTENT = new RegExp(
  String.raw`(?:^|[/._-])(?:about|about-us|help|faqs?|customer-?service|customer-care|client-services?|services|` +
    String.raw`contact|contact-us|legal|privacy|terms|cookies|accessibility|careers|jobs|corporate|sustainability|` +
    String.raw`investors?|press|news|newsroom|events?|shows?|stories|story|journal|editorial|magazine|world-of|content|experiences?|` +
    String.raw`be-inspired|inspiration|discover|history|heritage|guides?|` +
    String.raw`stores?|store-?locator|store-detail|boutiques?|find-boutique|size-?guide|order-information|appointments?)` +
    String.raw`(?:$|[/._-])`,
);

/**
 * A product page that ends in a code with digits and `.html`, the Salesforce
 * Commerce Cloud shape: `…-wssa0018.html`, `/97353004.html`, `/ck0138-auz.html`.
 * Category pages ending in `.html` (`/men/shoes.html`) have no such code.
 */
export const CODED_HTML_PRODUCT = /(?:^|[/_.%-])(?=[a-z_]*\d)[a-z0-9_]{5,}(?:[-.][a-z0-9_]+)*\.html$/;

/**
 * A product page that ends in a long style code, with or without `.html`:
 * `…-slides-8r8136ai16f0ana`, `/8bh394abvlf0pwz.html`. At least nine characters,
 * three of them digits, so `spring-summer-2026` or `ss26` never match.
 */
export const STYLE_CODE_PRODUCT = /(?:^|[/_-])(?=(?:[a-z]*\d){3})(?=\d*[a-z])[a-z0-9]{9,}(?:\.html)?$/;

/** Shorthand for a page rule. */
export const rule = (type: PageType, path: RegExp): PageRule => ({ type, path });

/**
 * Department roots (`/women/…`, `/shopping/…`) as listings, after a check for
 * content words, so `/woman/stories/fashion` or `/engagement/…-guide-to-diamonds`
 * under a department stay content pages.
 */
export const departments = (path: RegExp): PageRule[] => [rule('content', CONTENT), rule('listing', path)];
