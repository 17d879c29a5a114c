// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeTarget } from '@/lib/recorder/friction/describe-target';

const describeHtml = (html: string) => {
  document.body.innerHTML = html;
  return describeTarget(document.body.firstElementChild!);
};

describe('describeTarget', () => {
  it('tag, type, role and the most telling readable class', () => {
    expect(describeHtml('<button class="btn add-to-bag">Add</button>')).toBe('button.add-to-bag');
    expect(describeHtml('<div role="button" class="sc-bdVaJa css-1x9f3k product-tile__cta">Buy</div>')).toBe('div[role=button].product-tile__cta');
    expect(describeHtml('<input type="submit" value="Place order for Marie">')).toBe('input[type=submit]');
  });

  it('never text, values, ids, hrefs or hashed class names', () => {
    expect(describeHtml('<a id="user-4481" href="/account/x" class="e1x2y3z4 jsx-2093847">Hello Marie</a>')).toBe('a');
  });

  it('an odd role or type is left out rather than copied', () => {
    expect(describeHtml('<span role="button&quot; onclick=x">x</span>')).toBe('span');
  });
});
