// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.net-a-porter.com/en-gb/checkout/shipping"}
// Through the journey kit, as the recorder hands it the shopper's actions and
// every `invalid` event; only trust is injected (happy-dom never makes a trusted event).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourneyKit } from '@/lib/recorder/kits/journey-kit';
import type { Kit } from '@/lib/recorder/kits/protocol';
import { FORM_ERROR_AFTER_ACTION_MS, FORM_ERROR_GROUP_MS } from '@/lib/friction/thresholds';
import type { PageType } from '@/lib/sites/types';
import { fakeKitHost, visitTo } from '../fake-kit-host';

const CHECKOUT_FORM = `
  <main><form id="shipping" novalidate>
    <div class="field"><label for="name">Full name</label><input id="name" name="name" required value=""></div>
    <div class="field"><label for="email">Email</label><input id="email" name="email" required pattern=".+@.+\\..+" value="marie.dupont@example"></div>
    <div class="field"><label for="phone">Phone</label><input id="phone" name="phone" value="+33 6 12 34 56 78"></div>
    <button type="submit" id="continue">Continue to delivery</button>
  </form></main>`;

/** Each test's kit ends with it: the document outlives the test. */
const kits: Kit[] = [];

function setup(html: string, { pageType = 'checkout' as PageType, trusted = true as boolean | 'real' } = {}) {
  document.body.innerHTML = html;
  const { host, found } = fakeKitHost({ visit: visitTo(pageType) });
  const friction = createJourneyKit(host, trusted === 'real' ? {} : { isTrusted: () => trusted });
  kits.push(friction);
  const listen = { capture: true, passive: true };
  const acted = (e: Event) => friction.shopperActed?.(e, Date.now());
  document.addEventListener('click', acted, listen);
  document.addEventListener('submit', acted, listen);
  document.addEventListener('invalid', (e) => friction.invalidFired?.(e), listen);
  const $ = (selector: string) => document.querySelector(selector)!;
  const clickContinue = () => $('#continue').dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0, clientX: 300, clientY: 400 }));
  /** What the browser does for each field that fails constraint validation. */
  const failValidation = (...ids: string[]) => {
    for (const id of ids) $(`#${id}`).dispatchEvent(new Event('invalid', { cancelable: true }));
  };
  const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  return { found, host, friction, $, clickContinue, failValidation, wait };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => {
  kits.splice(0).forEach((kit) => kit.stop?.());
  vi.useRealTimers();
});

describe('form errors', () => {
  it("native validation failing after the shopper's submit is one event, counted and never valued", async () => {
    const { found, clickContinue, failValidation, wait } = setup(CHECKOUT_FORM);
    const t = Date.now();
    clickContinue();
    failValidation('name', 'email');
    await wait(FORM_ERROR_GROUP_MS + 50);
    expect(found).toEqual([{
      signal: 'form_error',
      t,
      detail: { fields: 2, invalid: 2, ariaInvalid: 0, errorClass: 0, message: 0, missing: 1, format: 1, range: 0, custom: 0 },
    }]);
    expect(JSON.stringify(found)).not.toMatch(/marie|example|33 6|Full name|Email/i);
  });

  it('a field turning aria-invalid and its message appearing beside it are one field in error', async () => {
    const { found, $, clickContinue, wait } = setup(CHECKOUT_FORM);
    $('#continue').addEventListener('click', () => {
      setTimeout(() => {
        $('#email').setAttribute('aria-invalid', 'true');
        $('#email').insertAdjacentHTML('afterend', '<p class="field__error" role="alert">Please enter a valid email address</p>');
      }, 800); // a server round-trip
    });
    clickContinue();
    await wait(800 + FORM_ERROR_GROUP_MS + 100);
    expect(found).toHaveLength(1);
    expect(found[0].detail).toMatchObject({ fields: 1, ariaInvalid: 1, message: 1 });
  });

  it('Bootstrap-style error classes on fields count', async () => {
    const { found, $, clickContinue, wait } = setup(CHECKOUT_FORM);
    $('#continue').addEventListener('click', () => {
      $('#name').classList.add('is-invalid');
      $('#email').parentElement!.classList.add('field--error');
    });
    clickContinue();
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toHaveLength(1);
    expect(found[0].detail).toMatchObject({ fields: 2, errorClass: 2 });
  });

  it('errors more than 500 ms apart are two attempts', async () => {
    const { found, clickContinue, failValidation, wait } = setup(CHECKOUT_FORM);
    clickContinue();
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 200);
    clickContinue();
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 200);
    expect(found.map((f) => f.detail.fields)).toEqual([1, 1]);
  });

  it('a page validating by itself (reportValidity on load, no shopper action) is not friction', async () => {
    const { found, failValidation, $, wait } = setup(CHECKOUT_FORM);
    failValidation('name', 'email');
    $('#email').setAttribute('aria-invalid', 'true');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it("a page's synthetic click on submit creates nothing", async () => {
    const { found, clickContinue, failValidation, wait } = setup(CHECKOUT_FORM, { trusted: false });
    clickContinue();
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it('errors long after the last action do not count', async () => {
    const { found, clickContinue, failValidation, wait } = setup(CHECKOUT_FORM);
    clickContinue();
    await wait(FORM_ERROR_AFTER_ACTION_MS + 100);
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it('only on checkout and account pages', async () => {
    const { found, clickContinue, failValidation, wait } = setup('<form><input id="q" required><button id="continue">Search</button></form>', { pageType: 'search' });
    clickContinue();
    failValidation('q');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it('a site-wide toast saying "error" outside any form is not a form error', async () => {
    const { found, $, clickContinue, wait } = setup(`${CHECKOUT_FORM}<div id="toasts"></div>`);
    $('#continue').addEventListener('click', () => {
      $('#toasts').innerHTML = '<div class="toast toast--error" role="alert">Something went wrong</div>';
    });
    clickContinue();
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it('an attempt still being grouped when the page hides is recorded', async () => {
    const { found, friction, clickContinue, failValidation } = setup(CHECKOUT_FORM);
    clickContinue();
    failValidation('name');
    friction.pageHidden?.();
    expect(found).toHaveLength(1);
  });

  it("with the kit's own trust check, a page's synthetic submit and reportValidity() create nothing", async () => {
    const { found, $, wait } = setup(CHECKOUT_FORM, { trusted: 'real' });
    for (let i = 0; i < 3; i += 1) {
      ($('#continue') as HTMLButtonElement).click();
      ($('#shipping') as HTMLFormElement).requestSubmit();
      ($('#name') as HTMLInputElement).reportValidity();
      await wait(100);
    }
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
  });

  it('follows the visit: a form on a page that becomes a checkout counts from then on', async () => {
    const { found, host, friction, clickContinue, failValidation, wait } = setup(CHECKOUT_FORM, { pageType: 'bag' });
    clickContinue();
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toEqual([]);
    host.visit = visitTo('checkout'); // the hub's visit, then the kit told of it
    friction.visitStarted?.(host.visit);
    clickContinue();
    failValidation('name');
    await wait(FORM_ERROR_GROUP_MS + 100);
    expect(found).toHaveLength(1);
  });
});
