// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readLoginStep } from '@/lib/recorder/friction/forced-login';

const read = (html: string) => {
  document.body.innerHTML = html;
  return readLoginStep(document);
};

const SIGN_IN = '<h1>Sign in</h1><form><input type="email" name="email"><input type="password" name="password"><button>Sign in</button></form>';

describe('forced login', () => {
  it('a sign-in step with no guest option is forced', () => {
    expect(read(`<main>${SIGN_IN}<a href="/register">Create an account</a></main>`)).toBe('forced');
  });

  it('a guest option, in any of the seven languages, means it is not', () => {
    expect(read(`<main>${SIGN_IN}<button>Continue as guest</button></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<h2>Commander en tant qu’invité</h2></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<a href="/checkout/shipping">Procedi come ospite</a></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<label><input type="radio" name="mode">Als Gast bestellen</label></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<input type="submit" value="Comprar como invitado"></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<button>ゲストとして購入</button></main>`)).toBe('guest_option');
    expect(read(`<main>${SIGN_IN}<button>以访客身份结账</button></main>`)).toBe('guest_option');
  });

  it('an icon-only guest button named by aria-label counts', () => {
    expect(read(`<main>${SIGN_IN}<button aria-label="Checkout as guest">→</button></main>`)).toBe('guest_option');
  });

  it('before the sign-in form renders there is nothing to judge yet', () => {
    expect(read('<main><div class="spinner"></div></main>')).toBe('not_rendered');
  });

  it('a guest mention outside <main> (a footer FAQ link) does not count', () => {
    expect(read(`<main>${SIGN_IN}</main><footer><a href="/faq">Can I order as a guest?</a></footer>`)).toBe('forced');
  });
});
