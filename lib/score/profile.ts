// A benchmark profile: the targets and weights a session is scored against
// (DESIGN §5). Profiles are JSON, checked with zod on import with errors a
// person can act on; the built-in "Reference standard" cites its numbers.
import { z } from 'zod';
import { METRIC_IDS, METRICS, PILLARS, type MetricId, type Pillar } from './metrics';

export const PROFILE_FORMAT = 'vitrine-profile/1';

const positive = z.number().finite().positive();
const weight = z.number().finite().min(0).max(100);

const targetSchema = z
  .strictObject({
    /** Value scoring 0.9 (time curve only). */
    good: positive.optional(),
    /** Value scoring 0.5. */
    poor: positive,
    weight,
  })
  .refine((t) => t.good === undefined || t.good < t.poor, { message: '`good` must be below `poor` (smaller is better)' });

export const profileSchema = z
  .strictObject({
    format: z.literal(PROFILE_FORMAT),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, at most 64'),
    name: z.string().trim().min(1).max(80),
    description: z.string().max(500).default(''),
    builtIn: z.boolean().default(false),
    calibratedFrom: z
      .strictObject({ siteId: z.string().max(100), sessions: z.number().int().min(1), at: z.number() })
      .nullable()
      .default(null),
    pillars: z.strictObject(Object.fromEntries(PILLARS.map((p) => [p, weight])) as Record<Pillar, typeof weight>),
    targets: z.strictObject(Object.fromEntries(METRIC_IDS.map((id) => [id, targetSchema])) as Record<MetricId, typeof targetSchema>),
  })
  .superRefine((profile, ctx) => {
    for (const id of METRIC_IDS) {
      if (METRICS[id].curve === 'time' && profile.targets[id].good === undefined) {
        ctx.addIssue({ code: 'custom', path: ['targets', id, 'good'], message: `${METRICS[id].label} is scored on a time curve and needs a \`good\` value` });
      }
    }
    if (PILLARS.every((p) => profile.pillars[p] === 0)) ctx.addIssue({ code: 'custom', path: ['pillars'], message: 'at least one pillar needs a weight above 0' });
  });

export type Profile = z.infer<typeof profileSchema>;

const SECOND = 1000;

/**
 * The built-in profile. Where a published figure exists it is the target;
 * where none does, the number is Vitrine's judgement and says so.
 */
export const REFERENCE_STANDARD: Profile = {
  format: PROFILE_FORMAT,
  id: 'reference-standard',
  name: 'Reference standard',
  description: 'Targets from published figures: web.dev Core Web Vitals, Baymard Institute checkout benchmarks, Luigi’s Box search data.',
  builtIn: true,
  calibratedFrom: null,
  // DESIGN §5: Find 30, Wait 20, Buy 30, Calm 20.
  pillars: { find: 30, wait: 20, buy: 30, calm: 20 },
  targets: {
    // Vitrine's judgement: a shopper who knows what they want sees a product within 20 s; a minute is slow.
    timeToFirstProduct: { good: 20 * SECOND, poor: 60 * SECOND, weight: 1 },
    // Luigi's Box: about 13% of site searches return nothing — the average, so it scores 0.5.
    searchFailureRate: { poor: 0.13, weight: 1 },
    // Each zero-result search halves this metric (Baymard: luxury search performs poorly).
    zeroResultSearches: { poor: 1, weight: 1 },
    // Vitrine's judgement: one search per product found is good, three is poor.
    searchesPerProduct: { good: 1, poor: 3, weight: 1 },
    // web.dev: LCP good ≤ 2.5 s, poor > 4 s; INP good ≤ 200 ms, poor > 500 ms; CLS good ≤ 0.1, poor > 0.25.
    lcpP75: { good: 2500, poor: 4000, weight: 1 },
    inpP75: { good: 200, poor: 500, weight: 1 },
    clsMax: { good: 0.1, poor: 0.25, weight: 1 },
    // Vitrine's judgement: a second on an error page is a slip, ten seconds a dead end.
    errorPageTime: { good: 1 * SECOND, poor: 10 * SECOND, weight: 1 },
    // Vitrine's judgement (Baymard publishes steps and fields, not times): 90 s good, 4 minutes poor.
    checkoutDuration: { good: 90 * SECOND, poor: 240 * SECOND, weight: 1 },
    // Baymard 2024: the average checkout has 5.1 steps — a luxury site should beat it; 3 is good.
    checkoutSteps: { good: 3, poor: 5.1, weight: 1 },
    // Baymard 2024: 11.3 form fields on average; 8 is achievable.
    checkoutFields: { good: 8, poor: 11.3, weight: 1 },
    formErrors: { poor: 1, weight: 1 },
    // Baymard 2024: 26% abandon a checkout that forces an account — one forced login scores 0.25.
    forcedLogin: { poor: 0.5, weight: 1 },
    interstitials: { poor: 1, weight: 1 },
    rageClicks: { poor: 1, weight: 1 },
    deadClicks: { poor: 1, weight: 1 },
    uTurnsPer10Min: { poor: 1, weight: 1 },
  },
};

/** Parses an imported profile, or explains in plain words what is wrong with it. */
export function parseProfile(json: unknown): { ok: true; profile: Profile } | { ok: false; errors: string[] } {
  const parsed = profileSchema.safeParse(json);
  if (parsed.success) return { ok: true, profile: { ...parsed.data, builtIn: false } };
  return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'profile'}: ${issue.message}`) };
}

/** An editable copy of a profile under a new id and name. */
export function copyProfile(profile: Profile, id: string, name: string): Profile {
  return { ...structuredClone(profile), id, name, builtIn: false };
}
