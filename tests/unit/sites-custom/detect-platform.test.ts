// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPlatform } from '@/lib/sites/detect-platform';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('detectPlatform', () => {
  it('recognises each platform from the markers its storefronts ship', () => {
    expect(detectPlatform(page('<script src="https://cdn.shopify.com/s/trekkie.storefront.js"></script>'))).toBe('shopify');
    expect(detectPlatform(page('<script src="/on/demandware.static/Sites-US-Site/-/en_US/v1/js/main.js"></script>'))).toBe('sfcc');
    expect(detectPlatform(page('', '<script type="text/x-magento-init">{}</script>'))).toBe('magento');
    expect(detectPlatform(page('<script src="/_ui/responsive/common/js/acc.js"></script>'))).toBe('sap-commerce');
  });

  it('reads the current document when injected without arguments (scripting.executeScript passes none)', () => {
    document.head.innerHTML = '<meta name="shopify-checkout-api-token" content="x">';
    const injected = detectPlatform as () => string;
    expect(injected()).toBe('shopify');
  });

  it('says generic when no platform left a marker', () => {
    expect(detectPlatform(page('<script src="/static/app.js"></script>'))).toBe('generic');
  });
});
