// The metrics the convenience score is made of (DESIGN §5), each in its pillar,
// with its curve and a sentence a shopper understands. `sessionMetrics` reads
// them off a session's running aggregates; a metric the session cannot
// measure (no checkout in a browse-only visit) is simply absent.
import type { Session } from '../journey/session';

export const PILLARS = ['find', 'wait', 'buy', 'calm'] as const;
export type Pillar = (typeof PILLARS)[number];

export const METRIC_IDS = [
  'timeToFirstProduct', 'searchFailureRate', 'zeroResultSearches', 'searchesPerProduct',
  'lcpP75', 'inpP75', 'clsMax', 'errorPageTime',
  'checkoutDuration', 'checkoutSteps', 'checkoutFields', 'formErrors', 'forcedLogin',
  'interstitials', 'rageClicks', 'deadClicks', 'uTurnsPer10Min',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type Unit = 'ms' | 'count' | 'share' | 'ratio' | 'cls';

export interface MetricDefinition {
  pillar: Pillar;
  /** `time`: log-normal through good/poor; `count`: 0.5^(value/poor). */
  curve: 'time' | 'count';
  unit: Unit;
  label: string;
  /** What the shopper lived through, in their words. */
  describe: (value: number) => string;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 60_000 ? `${Math.round(ms / 1000)} s` : clock(ms));
const clock = (ms: number) => {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const METRICS: Record<MetricId, MetricDefinition> = {
  timeToFirstProduct: { pillar: 'find', curve: 'time', unit: 'ms', label: 'Time to first product', describe: (v) => `It took ${seconds(v)} to reach a first product` },
  searchFailureRate: { pillar: 'find', curve: 'count', unit: 'share', label: 'Searches that found nothing', describe: (v) => `${Math.round(v * 100)}% of your searches found nothing` },
  zeroResultSearches: { pillar: 'find', curve: 'count', unit: 'count', label: 'Zero-result searches', describe: (v) => (v === 1 ? 'A search found nothing' : `${v} searches found nothing`) },
  searchesPerProduct: { pillar: 'find', curve: 'time', unit: 'ratio', label: 'Searches per product found', describe: (v) => `${v.toFixed(1)} searches for each product you found` },
  lcpP75: { pillar: 'wait', curve: 'time', unit: 'ms', label: 'Page load (LCP, p75)', describe: (v) => `Pages took ${seconds(v)} to show their main content` },
  inpP75: { pillar: 'wait', curve: 'time', unit: 'ms', label: 'Responsiveness (INP, p75)', describe: (v) => `The site took ${Math.round(v)} ms to respond to your clicks` },
  clsMax: { pillar: 'wait', curve: 'time', unit: 'cls', label: 'Layout shift (CLS, max)', describe: (v) => `Content jumped as pages loaded (shift ${v.toFixed(2)})` },
  errorPageTime: { pillar: 'wait', curve: 'time', unit: 'ms', label: 'Time on error pages', describe: (v) => `You spent ${seconds(v)} on error pages` },
  checkoutDuration: { pillar: 'buy', curve: 'time', unit: 'ms', label: 'Checkout time', describe: (v) => `Checkout took ${clock(v)}` },
  checkoutSteps: { pillar: 'buy', curve: 'time', unit: 'count', label: 'Checkout steps', describe: (v) => `Checkout had ${plural(v, 'step')}` },
  checkoutFields: { pillar: 'buy', curve: 'time', unit: 'count', label: 'Checkout form fields', describe: (v) => `Checkout asked for ${plural(v, 'form field')}` },
  formErrors: { pillar: 'buy', curve: 'count', unit: 'count', label: 'Form errors', describe: (v) => `${plural(v, 'form error')} at checkout` },
  forcedLogin: { pillar: 'buy', curve: 'count', unit: 'count', label: 'Forced sign-in', describe: () => 'Checkout made you sign in, with no guest option' },
  interstitials: { pillar: 'calm', curve: 'count', unit: 'count', label: 'Pop-ups in the way', describe: (v) => `${plural(v, 'pop-up')} got in your way` },
  rageClicks: { pillar: 'calm', curve: 'count', unit: 'count', label: 'Rage clicks', describe: (v) => `${plural(v, 'burst')} of repeated clicks on something that did not respond` },
  deadClicks: { pillar: 'calm', curve: 'count', unit: 'count', label: 'Dead clicks', describe: (v) => `${plural(v, 'click')} did nothing` },
  uTurnsPer10Min: { pillar: 'calm', curve: 'count', unit: 'ratio', label: 'Quick returns per 10 min', describe: (v) => `${v.toFixed(1)} quick returns to the previous page per 10 minutes` },
};

export type SessionMetrics = Partial<Record<MetricId, number>>;

const MINUTE = 60_000;

/** The session's value for every metric it can measure. */
export function sessionMetrics(session: Session): SessionMetrics {
  const c = session.counts;
  const friction = (signal: keyof Session['counts']['friction']) => c.friction[signal] ?? 0;
  const end = session.endedAt ?? session.lastEventAt;
  const durationMs = Math.max(0, end - session.startedAt);
  const m: SessionMetrics = {};

  if (session.firstProductAt !== null) m.timeToFirstProduct = Math.max(0, session.firstProductAt - session.startedAt);
  if (c.searches > 0) {
    m.searchFailureRate = c.zeroResultSearches / c.searches;
    m.zeroResultSearches = c.zeroResultSearches;
    m.searchesPerProduct = c.searches / Math.max(1, c.products);
  }

  if (session.vitals.LCP) m.lcpP75 = session.vitals.LCP.p75;
  if (session.vitals.INP) m.inpP75 = session.vitals.INP.p75;
  if (session.vitals.CLS) m.clsMax = Math.max(...session.vitals.CLS.samples);
  if (c.pages > 0) m.errorPageTime = session.errorPageMs;

  if (session.checkoutStartAt !== null) {
    const checkoutEnd = session.orderAt ?? session.checkout.lastAt ?? session.checkoutStartAt;
    m.checkoutDuration = Math.max(0, checkoutEnd - session.checkoutStartAt);
    m.checkoutSteps = session.checkout.steps.length;
    m.checkoutFields = session.checkout.fields;
    m.formErrors = friction('form_error');
    m.forcedLogin = friction('forced_login') > 0 ? 1 : 0;
  }

  if (c.pages > 0) {
    m.interstitials = friction('interstitial');
    m.rageClicks = friction('rage_click');
    m.deadClicks = friction('dead_click');
    // Short visits count as ten minutes, so one early u-turn is not read as six an hour.
    m.uTurnsPer10Min = friction('u_turn') / Math.max(1, durationMs / (10 * MINUTE));
  }
  return m;
}
