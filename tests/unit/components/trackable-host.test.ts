import { describe, expect, it } from 'vitest';
import { originPatternOf, trackableHostOf } from '@/components/trackable-host';

describe('trackableHostOf', () => {
  it('is the hostname of an https page, without port, path or query', () => {
    expect(trackableHostOf('https://www.maison-example.com/en/bags?colour=noir#top')).toBe('www.maison-example.com');
    expect(trackableHostOf('https://shop.example.test:8443/')).toBe('shop.example.test');
  });

  it('is null for pages Vitrine could never record', () => {
    for (const url of [
      'http://www.maison-example.com/',
      'chrome://newtab/',
      'about:blank',
      'moz-extension://1234/popup.html',
      'file:///home/me/page.html',
      'https://addons.mozilla.org/en-GB/firefox/',
      'https://[::1]/',
      'not a url',
    ]) {
      expect(trackableHostOf(url), url).toBeNull();
    }
  });
});

describe('originPatternOf', () => {
  it('asks for one host over https, every path', () => {
    expect(originPatternOf('www.maison-example.com')).toBe('https://www.maison-example.com/*');
  });
});
