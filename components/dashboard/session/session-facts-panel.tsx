// The session at a glance beside its score: when each milestone came, what
// the shopper did, and their own effort rating (kept apart from the score).
import type { Session } from '@/lib/journey/session';
import { countLabel, formatOffset } from '@/lib/format';
import { formatCount } from '../format-figures';

const MILESTONES: Array<{ key: keyof Session; label: string }> = [
  { key: 'firstSearchAt', label: 'First search' },
  { key: 'firstProductAt', label: 'First product' },
  { key: 'firstBagAddAt', label: 'Added to bag' },
  { key: 'checkoutStartAt', label: 'Checkout started' },
  { key: 'orderAt', label: 'Order placed' },
];

export function MilestoneList({ session }: { session: Session }) {
  return (
    <dl class="fact-list" data-testid="milestones">
      {MILESTONES.map(({ key, label }) => {
        const at = session[key] as number | null;
        return (
          <div class="fact-list__item" key={key}>
            <dt>{label}</dt>
            <dd>{at === null ? <span class="muted">not reached</span> : formatOffset(at - session.startedAt)}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export function CountList({ session }: { session: Session }) {
  const c = session.counts;
  const items: Array<[string, string]> = [
    ['Pages', formatCount(c.pages)],
    ['Searches', c.searches ? `${c.searches} (${c.zeroResultSearches} with no results)` : '0'],
    ['Products viewed', formatCount(c.products)],
    ['Checkout', session.checkout.steps.length ? `${countLabel(session.checkout.steps.length, 'step')}, ${countLabel(session.checkout.fields, 'field')}` : 'not reached'],
    ['Friction events', formatCount(session.frictionTotal)],
  ];
  return (
    <dl class="fact-list">
      {items.map(([label, value]) => (
        <div class="fact-list__item" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RatingCard({ rating }: { rating: Session['rating'] }) {
  if (!rating) {
    return (
      <div class="rating-card rating-card--none" data-testid="rating">
        <p class="muted">The shopper did not rate this session.</p>
      </div>
    );
  }
  return (
    <div class="rating-card" data-testid="rating">
      <p class="rating-card__question">“The site made it easy for me to find and buy what I wanted.”</p>
      <p class="rating-card__answer">
        <span class="rating-card__value">{rating.ces}</span>
        <span class="rating-card__scale">/ 7 · Customer Effort Score</span>
      </p>
      <Scale value={rating.ces} />
      {rating.seq !== undefined && <p class="rating-card__seq">Single Ease Question: <strong>{rating.seq} / 7</strong></p>}
      {rating.note && <blockquote class="rating-card__note">{rating.note}</blockquote>}
    </div>
  );
}

/** Seven boxes, the answered ones filled; hidden from screen readers, which read the number. */
function Scale({ value }: { value: number }) {
  return (
    <span class="ces-scale" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => <span key={i} class={`ces-scale__step${i < value ? ' is-on' : ''}`} />)}
    </span>
  );
}
