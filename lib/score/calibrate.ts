// Calibrating a profile from a reference site's own sessions ("as convenient as
// Net-a-Porter"): for each metric the reference sessions measured, their median
// becomes the value that scores 0.9, and `poor` follows by one rule per curve:
// - time curves keep the base profile's spread: poor = good × (base.poor / base.good);
// - count curves solve 0.5^(median/poor) = 0.9, so poor = median × ln 0.5 / ln 0.9 ≈ 6.58 × median.
// A metric whose median is 0 (no rage clicks at all) keeps the base target:
// zero cannot set a scale. Weights are kept from the base profile.
import { METRIC_IDS, METRICS, sessionMetrics } from './metrics';
import { median } from '../stats';
import type { Profile } from './profile';
import type { Session } from '../journey/session';

const COUNT_POOR_PER_MEDIAN = Math.log(0.5) / Math.log(0.9);

export interface Calibration {
  profile: Profile;
  /** Per metric: how many reference sessions measured it, and the median they set. */
  basis: Partial<Record<(typeof METRIC_IDS)[number], { sessions: number; median: number }>>;
}

export function calibrateProfile(
  base: Profile,
  sessions: Session[],
  meta: { id: string; name: string; siteId: string; now: number },
): Calibration {
  if (sessions.length === 0) throw new Error(`No recorded sessions on ${meta.siteId} to calibrate from.`);
  const measured = sessions.map(sessionMetrics);
  const targets = structuredClone(base.targets);
  const basis: Calibration['basis'] = {};
  for (const id of METRIC_IDS) {
    const values = measured.map((m) => m[id]).filter((v): v is number => v !== undefined);
    const mid = median(values);
    if (mid === null || mid <= 0) continue;
    basis[id] = { sessions: values.length, median: mid };
    const target = base.targets[id];
    if (METRICS[id].curve === 'time') {
      targets[id] = { ...target, good: mid, poor: mid * (target.poor / target.good!) };
    } else {
      targets[id] = { ...target, poor: mid * COUNT_POOR_PER_MEDIAN };
    }
  }
  return {
    profile: {
      ...base,
      id: meta.id,
      name: meta.name,
      builtIn: false,
      description: `Calibrated from ${sessions.length} recorded session${sessions.length === 1 ? '' : 's'} on ${meta.siteId}: their medians score 0.9.`,
      calibratedFrom: { siteId: meta.siteId, sessions: sessions.length, at: meta.now },
      targets,
    },
    basis,
  };
}
