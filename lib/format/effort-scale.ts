// The shopper's own rating: the Customer Effort Score 2.0 statement adapted to
// shopping (DESIGN §5, REFERENCES.md "Self-reported effort"), answered on a
// 1–7 agreement scale. One place for the wording, so popup and dashboard ask alike.

export const CES_STATEMENT = 'The site made it easy for me to find and buy what I wanted';

export const CES_POINTS = [1, 2, 3, 4, 5, 6, 7] as const;
export type CesPoint = (typeof CES_POINTS)[number];

const AGREEMENT: Record<CesPoint, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Somewhat disagree',
  4: 'Neither agree nor disagree',
  5: 'Somewhat agree',
  6: 'Agree',
  7: 'Strongly agree',
};

/** "Strongly agree" for 7; an empty string off the scale. */
export function cesAgreement(point: number): string {
  return AGREEMENT[point as CesPoint] ?? '';
}
