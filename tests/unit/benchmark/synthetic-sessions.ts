// Session records built straight from a description of the journey, shaped as
// the store keeps them (aggregates and score, no events), for benchmark tests,
// component tests and the 100k-session bench. `syntheticSessions` draws whole
// sites of plausible journeys from a seed, each site with its own character.
import { CHECKOUT_STEPS } from '@/lib/sites/types';
import { newSession, type Session } from '@/lib/journey/session';
import { REFERENCE_STANDARD, withScore, type Profile } from '@/lib/score';
import { seededRandom } from '@/lib/benchmark';
import type { FRICTION_SIGNALS } from '@/lib/events';

type Signal = (typeof FRICTION_SIGNALS)[number];

export interface SessionSpec {
  id?: string;
  siteId: string;
  siteName?: string;
  startedAt: number;
  durationMs?: number;
  pages?: number;
  /** Time from the start to the first product, or null for none. */
  timeToFirstProduct?: number | null;
  products?: number;
  searches?: number;
  zeroResultSearches?: number;
  /** Whether a product was viewed after the first search (default: yes, when there are products). */
  foundAfterSearch?: boolean;
  checkout?: { durationMs: number; steps: number; fields: number; ordered?: boolean } | null;
  lcp?: number[];
  inp?: number[];
  cls?: number[];
  friction?: Partial<Record<Signal, number>>;
  ces?: number | null;
  studyId?: string | null;
  errorPageMs?: number;
}

const p75 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(0.75 * samples.length) - 1];
let counter = 0;

export function syntheticSession(spec: SessionSpec, profile: Profile = REFERENCE_STANDARD): Session {
  const t0 = spec.startedAt;
  const duration = spec.durationMs ?? 10 * 60_000;
  const base = newSession(spec.id ?? `s-${String(++counter).padStart(7, '0')}`, spec.siteId, spec.siteName ?? spec.siteId, t0);
  const searches = spec.searches ?? 0;
  const firstSearchAt = searches > 0 ? t0 + 5_000 : null;
  const firstProductAt = spec.timeToFirstProduct == null ? null : t0 + spec.timeToFirstProduct;
  const products = spec.products ?? (firstProductAt === null ? 0 : 3);
  const productAt = firstProductAt === null ? null
    : firstSearchAt !== null && spec.foundAfterSearch === false ? Math.min(firstProductAt, firstSearchAt - 1) : Math.max(firstProductAt, (firstSearchAt ?? t0) + 1_000);
  const checkout = spec.checkout ?? null;
  const checkoutStartAt = checkout ? t0 + Math.max(0, duration - checkout.durationMs - 30_000) : null;
  const friction = spec.friction ?? {};
  const frictionTotal = Object.values(friction).reduce((sum, n) => sum + (n ?? 0), 0);
  const vitals: Session['vitals'] = {};
  if (spec.lcp?.length) vitals.LCP = { samples: spec.lcp, p75: p75(spec.lcp) };
  if (spec.inp?.length) vitals.INP = { samples: spec.inp, p75: p75(spec.inp) };
  if (spec.cls?.length) vitals.CLS = { samples: spec.cls, p75: p75(spec.cls) };
  const end = t0 + duration;

  const session: Session = {
    ...base,
    endedAt: end,
    lastEventAt: end,
    durationMs: duration,
    frictionTotal,
    status: 'ended',
    endReason: checkout?.ordered ? 'order' : 'idle',
    firstSearchAt,
    firstProductAt,
    firstBagAddAt: checkout ? (checkoutStartAt! - 20_000) : null,
    checkoutStartAt,
    orderAt: checkout?.ordered ? checkoutStartAt! + checkout.durationMs : null,
    counts: {
      events: (spec.pages ?? 6) + searches + products + frictionTotal,
      pages: spec.pages ?? 6,
      searches,
      zeroResultSearches: spec.zeroResultSearches ?? 0,
      products,
      bagAdds: checkout ? 1 : 0,
      checkoutSteps: checkout?.steps ?? 0,
      friction,
    },
    vitals,
    tabIds: [1],
    recent: { searchAt: firstSearchAt, productAt, pages: [] },
    checkout: checkout
      ? { steps: CHECKOUT_STEPS.slice(0, checkout.steps), fields: checkout.fields, lastAt: checkoutStartAt! + checkout.durationMs }
      : { steps: [], fields: 0, lastAt: null },
    errorPageMs: spec.errorPageMs ?? 0,
    rating: spec.ces == null ? null : { ces: spec.ces, at: end },
    study: spec.studyId ? { studyId: spec.studyId, participantId: 'p1', taskId: null } : null,
  };
  return withScore(session, profile);
}

/** A site's character: how fast and how forgiving its journeys tend to be. */
export interface SiteCharacter {
  siteId: string;
  siteName: string;
  /** Median time to first product, ms. */
  findMs: number;
  /** Median LCP, ms. */
  lcpMs: number;
  zeroResultChance: number;
  checkoutSteps: number;
  checkoutFields: number;
  forcedLoginChance: number;
  /** Mean friction events per session (Poisson). */
  frictionRate: number;
}

/** `count` sessions spread over `sites`, reproducible from `seed`, starting at `from` over `spanMs`. */
export function syntheticSessions(count: number, sites: SiteCharacter[], options: { seed?: number; from?: number; spanMs?: number; ratedShare?: number } = {}): Session[] {
  const random = seededRandom(options.seed ?? 7);
  const from = options.from ?? Date.UTC(2026, 0, 1);
  const span = options.spanMs ?? 180 * 24 * 3600_000;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const logNormal = (median: number, spread = 0.5) => median * Math.exp(spread * normal());
  const poisson = (rate: number) => {
    let k = 0;
    for (let p = random(); p > Math.exp(-rate); p *= random()) k += 1;
    return k;
  };
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    const site = sites[i % sites.length];
    const searches = random() < 0.6 ? 1 + poisson(0.8) : 0;
    let zero = 0;
    for (let s = 0; s < searches; s++) if (random() < site.zeroResultChance) zero += 1;
    const buys = random() < 0.35;
    const frictionCount = poisson(site.frictionRate);
    const friction: Partial<Record<Signal, number>> = {};
    const signals: Signal[] = ['interstitial', 'rage_click', 'dead_click', 'u_turn', 'slow_page'];
    for (let f = 0; f < frictionCount; f++) {
      const signal = signals[Math.floor(random() * signals.length)];
      friction[signal] = (friction[signal] ?? 0) + 1;
    }
    if (zero) friction.zero_results = zero;
    const forced = buys && random() < site.forcedLoginChance;
    if (forced) friction.forced_login = 1;
    const checkoutMs = Math.round(logNormal(150_000, 0.4));
    const loads = 2 + Math.floor(random() * 6);
    const lcp = Array.from({ length: loads }, () => Math.round(logNormal(site.lcpMs, 0.35)));
    const quality = Math.max(1, Math.min(7, Math.round(6.2 - frictionCount * 0.7 - zero * 0.8 - (forced ? 1.5 : 0) + normal() * 0.8)));
    sessions.push(syntheticSession({
      id: `s-${String(i).padStart(7, '0')}`,
      siteId: site.siteId,
      siteName: site.siteName,
      startedAt: Math.round(from + random() * span),
      durationMs: Math.round(logNormal(9 * 60_000, 0.6)) + (buys ? checkoutMs + 60_000 : 0),
      pages: loads + 2,
      timeToFirstProduct: random() < 0.9 ? Math.round(logNormal(site.findMs, 0.6)) : null,
      searches,
      zeroResultSearches: zero,
      foundAfterSearch: random() < 0.8,
      checkout: buys ? { durationMs: checkoutMs, steps: site.checkoutSteps + (random() < 0.3 ? 1 : 0), fields: site.checkoutFields + Math.floor(random() * 3), ordered: random() < 0.85 } : null,
      lcp,
      inp: [Math.round(logNormal(180, 0.5))],
      cls: [Math.round(logNormal(0.05, 0.8) * 1000) / 1000],
      friction,
      ces: random() < (options.ratedShare ?? 0.4) ? quality : null,
    }));
  }
  return sessions;
}
