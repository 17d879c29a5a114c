import { describe, expect, it } from 'vitest';
import { PILLARS } from '@/lib/score/metrics';
import { CES_POINTS, CES_STATEMENT, cesAgreement } from '@/lib/format/effort-scale';
import { coverageSentence, formatScore, PILLAR_WORDS, pillarPoints } from '@/lib/format/score';

describe('score wording', () => {
  it('rounds the score and shows a dash, not 0, when there is none', () => {
    expect(formatScore(78.4)).toBe('78');
    expect(formatScore(0)).toBe('0');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(undefined)).toBe('—');
  });

  it('states coverage as a share of the model', () => {
    expect(coverageSentence(0.62)).toBe('measured 62% of the model');
    expect(coverageSentence(1)).toBe('measured 100% of the model');
    expect(coverageSentence(Number.NaN)).toBe('measured 0% of the model');
  });

  it('keeps an unmeasured pillar unmeasured instead of zero', () => {
    expect(pillarPoints(null)).toBeNull();
    expect(pillarPoints(0)).toBe(0);
    expect(pillarPoints(0.475)).toBe(48);
  });

  it('names every pillar', () => {
    expect(PILLARS.map((p) => PILLAR_WORDS[p].label)).toEqual(['Find', 'Wait', 'Buy', 'Calm']);
  });
});

describe('Customer Effort Score wording', () => {
  it('asks the exact statement on a 1–7 agreement scale', () => {
    expect(CES_STATEMENT).toBe('The site made it easy for me to find and buy what I wanted');
    expect([...CES_POINTS]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(cesAgreement(1)).toBe('Strongly disagree');
    expect(cesAgreement(4)).toBe('Neither agree nor disagree');
    expect(cesAgreement(7)).toBe('Strongly agree');
    expect(cesAgreement(8)).toBe('');
  });
});
