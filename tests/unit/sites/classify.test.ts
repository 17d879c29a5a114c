// classifyUrl per platform and on the registry sites whose URLs are hardest to
// read: search terms in the path or a parameter, locale prefixes, checkout steps
// carried in the path, the query or the hash, and hosts Vitrine does not know.
import { describe, expect, it } from 'vitest';
import { classifyUrl, classifyUrlOnPlatform } from '@/lib/sites/classify';
import type { Platform } from '@/lib/sites/types';

const kind = (url: string) => classifyUrl(url).pageType;
const on = (platform: Platform, path: string) => classifyUrlOnPlatform(`https://shop.maison-test.com${path}`, platform);

describe('unknown hosts', () => {
  it('have no site id and are read with the generic rules', () => {
    expect(classifyUrl('https://www.example-boutique.com/')).toEqual({ siteId: null, pageType: 'home' });
    expect(classifyUrl('https://www.example-boutique.com/en-gb/cart')).toEqual({ siteId: null, pageType: 'bag' });
    expect(classifyUrl('https://www.example-boutique.com/search?q=silk+scarf')).toEqual({
      siteId: null, pageType: 'search', searchQuery: 'silk scarf',
    });
    expect(classifyUrl('https://www.example-boutique.com/fr/checkout/payment')).toMatchObject({ pageType: 'checkout', checkoutStep: 'payment' });
    expect(kind('https://www.example-boutique.com/en-us/some/unmapped/page')).toBe('other');
  });

  it('are "other" with no site when the URL does not parse', () => {
    expect(classifyUrl('not a url')).toEqual({ siteId: null, pageType: 'other' });
    expect(classifyUrl('')).toEqual({ siteId: null, pageType: 'other' });
  });

  it('a user-added site is read with its platform’s rules', () => {
    expect(on('shopify', '/products/silk-scarf')).toEqual({ siteId: null, pageType: 'product' });
    expect(on('generic', '/products/silk-scarf').pageType).toBe('product');
    expect(classifyUrlOnPlatform('https://www.gucci.com/us/en/pr/x-p-123ABC', 'shopify').siteId).toBe('gucci');
  });

  it('spot error pages', () => {
    expect(kind('https://www.example-boutique.com/404')).toBe('error');
    expect(kind('https://www.example-boutique.com/en-us/page-not-found')).toBe('error');
  });
});

describe('platform rules', () => {
  it('Salesforce Commerce Cloud: coded .html products, pipeline URLs, ?stage= checkout steps', () => {
    expect(on('sfcc', '/en-us/women/bags/le-5-a-7-hobo-bag-6929091YQ071000.html').pageType).toBe('product');
    expect(on('sfcc', '/us/en/luggage/cabin/97353004.html').pageType).toBe('product');
    expect(on('sfcc', '/us/en/men/shoes.html').pageType).toBe('other');
    expect(on('sfcc', '/on/demandware.store/Sites-X_US-Site/en_US/Cart-Show').pageType).toBe('bag');
    expect(on('sfcc', '/on/demandware.store/Sites-X_US-Site/en_US/Search-Show?q=belt')).toMatchObject({ pageType: 'search', searchQuery: 'belt' });
    expect(on('sfcc', '/on/demandware.store/Sites-X_US-Site/en_US/COSummary-Submit').pageType).toBe('confirmation');
    expect(on('sfcc', '/checkout?stage=shipping#shipping')).toMatchObject({ pageType: 'checkout', checkoutStep: 'shipping' });
    expect(on('sfcc', '/checkout?stage=payment#payment')).toMatchObject({ checkoutStep: 'payment' });
    expect(on('sfcc', '/checkout?stage=placeOrder#placeOrder')).toMatchObject({ checkoutStep: 'review' });
  });

  it('Shopify: products, collections, cart, checkout steps by ?step=, thank-you page', () => {
    expect(on('shopify', '/collections/new-in/products/silk-scarf').pageType).toBe('product');
    expect(on('shopify', '/collections/new-in').pageType).toBe('listing');
    expect(on('shopify', '/cart').pageType).toBe('bag');
    expect(on('shopify', '/123/checkouts/abc?step=contact_information')).toMatchObject({ pageType: 'checkout', checkoutStep: 'shipping' });
    expect(on('shopify', '/123/checkouts/abc?step=shipping_method')).toMatchObject({ checkoutStep: 'delivery' });
    expect(on('shopify', '/123/checkouts/abc?step=payment_method')).toMatchObject({ checkoutStep: 'payment' });
    expect(on('shopify', '/123/checkouts/abc/thank_you').pageType).toBe('confirmation');
    expect(on('shopify', '/pages/our-story').pageType).toBe('content');
  });

  it('Magento: catalogsearch, checkout/cart, onepage success, customer account', () => {
    expect(on('magento', '/us_en/catalogsearch/result/?q=pumps')).toMatchObject({ pageType: 'search', searchQuery: 'pumps' });
    expect(on('magento', '/us_en/checkout/cart/').pageType).toBe('bag');
    expect(on('magento', '/us_en/checkout/#shipping')).toMatchObject({ pageType: 'checkout', checkoutStep: 'shipping' });
    expect(on('magento', '/us_en/checkout/#payment')).toMatchObject({ checkoutStep: 'payment' });
    expect(on('magento', '/us_en/checkout/onepage/success/').pageType).toBe('confirmation');
    expect(on('magento', '/us_en/customer/account/login/').pageType).toBe('account');
  });

  it('SAP Commerce: /p/ and /c/ codes, ?text= search, multi-step checkout', () => {
    expect(on('sap-commerce', '/en/women/bags/p/AB1234').pageType).toBe('product');
    expect(on('sap-commerce', '/en/women/bags/c/W0123').pageType).toBe('listing');
    expect(on('sap-commerce', '/en/search/?text=trench')).toMatchObject({ pageType: 'search', searchQuery: 'trench' });
    expect(on('sap-commerce', '/en/checkout/multi/delivery-address/add')).toMatchObject({ checkoutStep: 'shipping' });
    expect(on('sap-commerce', '/en/checkout/multi/delivery-method/choose')).toMatchObject({ checkoutStep: 'delivery' });
    expect(on('sap-commerce', '/en/checkout/multi/payment-method/add')).toMatchObject({ checkoutStep: 'payment' });
    expect(on('sap-commerce', '/en/checkout/multi/summary/view')).toMatchObject({ checkoutStep: 'review' });
    expect(on('sap-commerce', '/en/checkout/orderConfirmation/00012345').pageType).toBe('confirmation');
  });
});

describe('search terms', () => {
  it('come from the path on Net-a-Porter, decoded and with their case kept', () => {
    expect(classifyUrl('https://www.net-a-porter.com/en-gb/shop/search/Black%20Tote')).toEqual({
      siteId: 'net-a-porter', pageType: 'search', searchQuery: 'Black Tote',
    });
  });

  it('come from the site’s own parameter: Gucci searchString, Hermès s, Burberry SearchTerm', () => {
    expect(classifyUrl('https://www.gucci.com/uk/en_gb/search?searchString=belt')).toMatchObject({ siteId: 'gucci', pageType: 'search', searchQuery: 'belt' });
    expect(classifyUrl('https://www.hermes.com/us/en/search/?s=picotin#|')).toMatchObject({ pageType: 'search', searchQuery: 'picotin' });
    expect(classifyUrl('https://us.burberry.com/search?SearchTerm=trench%20coat')).toMatchObject({ pageType: 'search', searchQuery: 'trench coat' });
  });

  it('turn a listing into a search when the listing carries one (SSENSE, Selfridges)', () => {
    expect(classifyUrl('https://www.ssense.com/en-us/men?q=bomber+jacket')).toMatchObject({ pageType: 'search', searchQuery: 'bomber jacket' });
    expect(classifyUrl('https://www.selfridges.com/GB/en/cat/?freeText=loafers')).toMatchObject({ pageType: 'search', searchQuery: 'loafers' });
    expect(classifyUrl('https://www.ssense.com/en-us/men?page=2').pageType).toBe('listing');
  });

  it('mark a search page with an empty term as search, without a term', () => {
    expect(classifyUrl('https://www.selfridges.com/GB/en/cat/?freeText=')).toEqual({ siteId: 'selfridges', pageType: 'search' });
    expect(classifyUrl('https://us.louisvuitton.com/eng-us/search/')).toEqual({ siteId: 'louis-vuitton', pageType: 'search' });
  });

  it('keep a product a product when it was reached from a search', () => {
    expect(classifyUrl('https://www.dior.com/en_us/beauty/products/rouge-dior-Y0356009.html?q=rouge%20dior')).toEqual({ siteId: 'dior', pageType: 'product' });
  });

  it('survive malformed percent-encoding', () => {
    expect(classifyUrl('https://www.net-a-porter.com/en-gb/shop/search/100%25%20silk%E0')).toMatchObject({ pageType: 'search', searchQuery: '100%25%20silk%E0' });
  });
});

describe('locale prefixes', () => {
  it('are cut in every shape the registry sites use', () => {
    expect(kind('https://us.louisvuitton.com/eng-us/homepage')).toBe('home');
    expect(kind('https://www.mytheresa.com/int_en/men.html')).toBe('listing');
    expect(kind('https://www.prada.com/us/en.html')).toBe('home');
    expect(kind('https://www.loewe.com/usa/en/home')).toBe('home');
    expect(kind('https://www.givenchy.com/us/en-US/homepage')).toBe('home');
    expect(kind('https://eu.christianlouboutin.com/fr_fr/')).toBe('home');
    expect(kind('https://www.moncler.com/en-int/women/outerwear/all-down-jackets/')).toBe('listing');
    expect(kind('https://www.selfridges.com/GB/en/')).toBe('home');
  });

  it('stop before a page keyword that looks like a language (Gucci /ca/, /pr/)', () => {
    expect(kind('https://www.gucci.cn/zh/ca/women/handbags/top-handles')).toBe('listing');
    expect(kind('https://www.gucci.com/us/en/pr/women/handbags/borsetto-large-boston-bag-p-866734AAGIR2146')).toBe('product');
  });
});

describe('checkout steps', () => {
  it('read from the path on Louis Vuitton’s checkout host', () => {
    expect(classifyUrl('https://secure.louisvuitton.com/eng-us/checkout/shipping')).toEqual({ siteId: 'louis-vuitton', pageType: 'checkout', checkoutStep: 'shipping' });
    expect(classifyUrl('https://secure.louisvuitton.com/eng-us/checkout/payment').checkoutStep).toBe('payment');
    expect(classifyUrl('https://secure.louisvuitton.com/eng-gb/checkout/review').checkoutStep).toBe('review');
    expect(classifyUrl('https://secure.louisvuitton.com/eng-us/cart').pageType).toBe('bag');
  });

  it('read from the hash on Gucci and from the host’s steps on Farfetch', () => {
    expect(classifyUrl('https://www.gucci.com/us/en/checkout/single#step-payment')).toMatchObject({ pageType: 'checkout', checkoutStep: 'payment' });
    expect(classifyUrl('https://secure.farfetch.com/v2/Payment/')).toMatchObject({ siteId: 'farfetch', pageType: 'checkout', checkoutStep: 'payment' });
    expect(classifyUrl('https://www.farfetch.com/checkout/basket.aspx').pageType).toBe('bag');
  });

  it('include a sign-in step inside checkout, and leave an unmarked checkout without a step', () => {
    expect(classifyUrl('https://www.prada.com/us/en/checkout-login-alt.html')).toMatchObject({ pageType: 'checkout', checkoutStep: 'login' });
    expect(classifyUrl('https://www.ssense.com/en-us/checkout')).toEqual({ siteId: 'ssense', pageType: 'checkout' });
  });

  it('recognise the order confirmation that ends a checkout', () => {
    expect(kind('https://www.neimanmarcus.com/checkout/ordercomplete.jsp')).toBe('confirmation');
  });
});

describe('tricky registry sites', () => {
  it('Louis Vuitton products carry a reference after the slug, in every language', () => {
    expect(kind('https://us.louisvuitton.com/eng-us/products/speedy-bandouliere-25-nvprod3160026v/M59273')).toBe('product');
    expect(kind('https://www.louisvuitton.com/esp-es/productos/bolso-neverfull-mm-monogram-nvprod5350101v/M46975')).toBe('product');
    expect(kind('https://us.louisvuitton.com/eng-us/women/handbags/all-handbags/_/N-mzlp5k')).toBe('listing');
    expect(kind('https://secure.louisvuitton.com/eng-us/mylv/orders')).toBe('account');
  });

  it('Chanel /p/ is a product only with a product code', () => {
    expect(kind('https://www.chanel.com/us/fashion/p/AS6617B2621894305/small-hobo-bag-calfskin-gold-tone-metal/')).toBe('product');
    expect(kind('https://www.chanel.cn/zh_CN/fragrance-beauty/makeup/p/lips/lipsticks.html')).toBe('listing');
  });

  it('Moda Operandi trunkshow pieces are products, /women/products/… is a listing', () => {
    expect(kind('https://www.modaoperandi.com/jil-sander-fw20/grande-tangle-leather-tote?size=OS')).toBe('product');
    expect(kind('https://www.modaoperandi.com/women/products/clothing')).toBe('listing');
  });

  it('Moncler free slugs are stories and stores, departments are listings', () => {
    expect(kind('https://www.moncler.com/en-us/new-york-5th-avenue')).toBe('content');
    expect(kind('https://www.moncler.com/en-us/women/ready-to-wear')).toBe('listing');
    expect(kind('https://www.moncler.com/en-us/men/outerwear/short-down-jackets/maya-short-down-jacket-black-I20911A5360068950999.html')).toBe('product');
  });

  it('Saks old and new product and bag URLs', () => {
    expect(kind('https://www.saksfifthavenue.com/product/gestuz-lena-smocked-midi-dress-0400013970412.html')).toBe('product');
    expect(kind('https://www.saksfifthavenue.com/3-1-phillip-lim-drum-leather-ankle-boots/product/0400099230689')).toBe('product');
    expect(kind('https://www.saksfifthavenue.com/checkout/SaksBag.jsp#init0')).toBe('bag');
  });
});
