// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.net-a-porter.com/en-gb/shop/bags"}
// How the friction kit judges a click finding: controls clicked again and again on
// purpose are not rage; clicks that may rightly change nothing on this page (a
// download, a new tab, another site, a mail link) are not dead; what counts is
// described by its element, never by its text.
import { describe, expect, it } from 'vitest';
import { judgeClickFinding } from '@/lib/recorder/friction/click-targets';
import { T0 } from '../../helpers';

const ORIGIN = 'https://www.net-a-porter.com';

/** A rage burst of `clicks` on the first element `selector` matches in `html`. */
function rage(html: string, selector: string, clicks = 5) {
  document.body.innerHTML = html;
  return judgeClickFinding({ signal: 'rage_click', t: T0, clicks, target: document.querySelector(selector)! }, ORIGIN);
}

function dead(html: string, selector: string) {
  document.body.innerHTML = html;
  return judgeClickFinding({ signal: 'dead_click', t: T0, target: document.querySelector(selector)! }, ORIGIN);
}

describe('rage click findings', () => {
  it('on a plain button: friction with its clicks and the element described', () => {
    expect(rage('<button class="add-to-bag css-1x9f3k">Add to bag</button>', 'button', 4)).toEqual({
      signal: 'rage_click', t: T0, detail: { clicks: 4, target: 'button.add-to-bag' },
    });
    expect(rage('<div role="button" class="close">×</div>', 'div', 8)?.detail.target).toBe('div[role=button].close');
  });

  it('the target never carries the text the shopper sees or typed', () => {
    const found = rage('<a href="/p/123" class="product-card__link">Jackie 1961 tote for Marie Dupont</a>', 'a', 3);
    expect(JSON.stringify(found)).not.toMatch(/Jackie|Marie|123/);
    expect(found?.detail.target).toBe('a.product-card__link');
  });

  it('a carousel arrow clicked five times', () => {
    expect(rage('<div class="product-carousel"><button class="arrow"><svg></svg></button></div>', '.arrow')).toBeNull();
  });

  it('a "next" arrow outside any carousel markup, labelled in French', () => {
    expect(rage('<button class="btn" aria-label="Image suivante">›</button>', 'button')).toBeNull();
  });

  it('a double-click (and more) on a zoomable product image', () => {
    expect(rage('<div class="pdp-media"><img class="zoom-image" src="/bag.jpg"></div>', 'img', 2)).toBeNull();
    expect(rage('<figure data-zoom-image="/bag-xl.jpg"><img src="/bag.jpg"></figure>', 'img', 4)).toBeNull();
  });

  it('a row of size swatches', () => {
    expect(rage('<ul class="size-selector"><li><button>36</button></li><li><button>37</button></li></ul>', 'button')).toBeNull();
    expect(rage('<div class="swatches"><button data-swatch="black"></button></div>', 'button')).toBeNull();
    expect(rage('<div role="radiogroup"><span role="radio">Black</span></div>', 'span')).toBeNull();
  });

  it('a quantity stepper, by class or beside its number field', () => {
    expect(rage('<div class="qty-picker"><button>+</button></div>', 'button')).toBeNull();
    expect(rage('<div><button>-</button><input type="number" value="1"><button id="plus">+</button></div>', '#plus')).toBeNull();
  });

  it('a text field (triple-click selects its text)', () => {
    expect(rage('<form><input type="email" name="email"></form>', 'input', 3)).toBeNull();
    expect(rage('<textarea></textarea>', 'textarea', 3)).toBeNull();
  });

  it('but a submit input is a button, and a page-wide class does not excuse it', () => {
    const found = rage('<div class="has-slider"><div><div><div><div><div><div><div><div><input type="submit" value="Place order"></div></div></div></div></div></div></div></div></div>', 'input', 3);
    expect(found).toEqual({ signal: 'rage_click', t: T0, detail: { clicks: 3, target: 'input[type=submit]' } });
  });
});

describe('dead click findings', () => {
  it('a same-origin button or link is friction, described by the interactive element clicked', () => {
    expect(dead('<button class="load-more"><span>Load more</span></button>', 'span')).toEqual({ signal: 'dead_click', t: T0, detail: { target: 'button.load-more' } });
    expect(dead('<a href="/en-gb/shop/shoes" class="nav-link">Shoes</a>', 'a')).toEqual({ signal: 'dead_click', t: T0, detail: { target: 'a.nav-link' } });
    expect(dead('<a href="https://www.net-a-porter.com/en-gb/shop/shoes" class="nav-link" target="_self">Shoes</a>', 'a')?.signal).toBe('dead_click');
    expect(dead('<a href="javascript:void(0)" class="open-menu">Menu</a>', 'a')?.detail.target).toBe('a.open-menu');
  });

  it('a download link', () => {
    expect(dead('<a href="/size-guide.pdf" download>Size guide</a>', 'a')).toBeNull();
  });

  it('a link opening a new tab', () => {
    expect(dead('<a href="/en-gb/care" target="_blank">Care</a>', 'a')).toBeNull();
  });

  it('a link to another site', () => {
    expect(dead('<a href="https://www.instagram.com/netaporter">Instagram</a>', 'a')).toBeNull();
    expect(dead('<a href="http://www.net-a-porter.com/en-gb/">Home over http</a>', 'a')).toBeNull();
  });

  it('mail and phone links', () => {
    expect(dead('<a href="mailto:help@example.com">Mail us</a>', 'a')).toBeNull();
    expect(dead('<a href="tel:+442030000000">Call us</a>', 'a')).toBeNull();
  });

  it('plain text is not interactive', () => {
    expect(dead('<p>Made in Italy</p>', 'p')).toBeNull();
  });
});
