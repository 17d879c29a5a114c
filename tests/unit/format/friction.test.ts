import { describe, expect, it } from 'vitest';
import { FRICTION_SIGNALS } from '@/lib/events';
import { formatSeconds, frictionExplanation, frictionLabel, frictionMarker } from '@/lib/format/friction';

describe('friction wording', () => {
  it('gives every signal a label, a one-line explanation and a marker, never the raw id', () => {
    for (const signal of FRICTION_SIGNALS) {
      expect(frictionLabel(signal)).toMatch(/^[A-Z][^_]+$/);
      const explanation = frictionExplanation(signal);
      expect(explanation).toMatch(/^[A-Z].+\.$/);
      expect(explanation).not.toContain('\n');
      expect(frictionMarker(signal, {})).not.toContain('_');
    }
  });

  it('explains slow pages with the threshold the detector uses', () => {
    expect(frictionExplanation('slow_page')).toContain('2.5 s');
    expect(frictionExplanation('slow_interaction')).toContain('200 ms');
  });
});

describe('frictionMarker', () => {
  it('names a pop-up by kind and how long it stood in the way', () => {
    expect(frictionMarker('interstitial', { kind: 'newsletter', coverage: 0.6, dismissedAfterMs: 4000 })).toBe('pop-up: newsletter (closed after 4 s)');
    expect(frictionMarker('interstitial', { kind: 'cookie', dismissedAfterMs: 1250 })).toBe('pop-up: cookie notice (closed after 1.3 s)');
    expect(frictionMarker('interstitial', { kind: 'other', dismissedAfterMs: null })).toBe('pop-up (never closed)');
  });

  it('says what a rage click, a quick return and a slow page were', () => {
    expect(frictionMarker('rage_click', { clicks: 5, target: 'button.add' })).toBe('rage click (5 clicks)');
    expect(frictionMarker('rage_click', {})).toBe('rage click');
    expect(frictionMarker('u_turn', { from: '/bags', dwellMs: 3200 })).toBe('went straight back (after 3.2 s)');
    expect(frictionMarker('slow_page', { metric: 'LCP', value: 4120, threshold: 2500 })).toBe('slow page (4.1 s to show)');
  });

  it('ignores detail values of the wrong type', () => {
    expect(frictionMarker('rage_click', { clicks: 'many' })).toBe('rage click');
    expect(frictionMarker('interstitial', { kind: 42, dismissedAfterMs: 'soon' })).toBe('pop-up (never closed)');
  });
});

describe('formatSeconds', () => {
  it('keeps one decimal under ten seconds and drops a trailing zero', () => {
    expect(formatSeconds(4000)).toBe('4 s');
    expect(formatSeconds(860)).toBe('0.9 s');
    expect(formatSeconds(12_400)).toBe('12 s');
  });
});
