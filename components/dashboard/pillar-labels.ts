// The four pillars of the score (DESIGN §5) in a client's words.
import type { Pillar } from '@/lib/score';

export const PILLAR_LABELS: Record<Pillar, { name: string; question: string }> = {
  find: { name: 'Find', question: 'How quickly a shopper finds the product' },
  wait: { name: 'Wait', question: 'How long pages keep them waiting' },
  buy: { name: 'Buy', question: 'How much work the checkout asks' },
  calm: { name: 'Calm', question: 'How often the site gets in the way' },
};
