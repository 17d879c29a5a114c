// Which commerce platform a page runs on, from markers each platform leaves in
// its HTML (asset paths, meta tags, inline config). Used for sites the user adds:
// their URLs are then read with that platform's rules. One querySelector per
// platform, no layout, and self-contained so it can also be injected as a function.
import type { Platform } from './types';

export function detectPlatform(doc: Document = document): Platform {
  const has = (selector: string) => doc.querySelector(selector) !== null;
  if (has('script[src*="cdn.shopify.com"], link[href*="cdn.shopify.com"], meta[name="shopify-checkout-api-token"], meta[name="shopify-digital-wallet"]')) {
    return 'shopify';
  }
  if (has('script[src*="/on/demandware.static/"], link[href*="/on/demandware.static/"], img[src*="/on/demandware.static/"], form[action*="/on/demandware.store/"]')) {
    return 'sfcc';
  }
  if (has('script[type="text/x-magento-init"], script[src*="/static/version"][src*="/Magento_"], input[name="form_key"]')) {
    return 'magento';
  }
  if (has('script[src*="/_ui/"], link[href*="/_ui/"], input[name="CSRFToken"], img[src*="/medias/"][src*="context="]')) {
    return 'sap-commerce';
  }
  return 'generic';
}
