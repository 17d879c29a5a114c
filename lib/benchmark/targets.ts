// How far a site's figure is from a profile's target. The target is the value
// the profile scores 0.9 — `good` on time curves; on count curves the value
// where 0.5^(v/poor) = 0.9 — the same point calibration puts a reference
// site's median on, so "meets the target" means "as good as the reference".
import { METRICS, type MetricId } from '../score/metrics';
import type { Profile } from '../score/profile';

const COUNT_TARGET_PER_POOR = Math.log(0.9) / Math.log(0.5);

export interface TargetGap {
  /** The value that scores 0.9 under the profile. */
  target: number;
  /** value − target: above zero is worse than the target (every metric is smaller-is-better). */
  gap: number;
  meets: boolean;
}

export function targetValue(profile: Profile, metric: MetricId): number {
  const target = profile.targets[metric];
  return METRICS[metric].curve === 'time' ? target.good! : target.poor * COUNT_TARGET_PER_POOR;
}

export function gapToTarget(value: number, profile: Profile, metric: MetricId): TargetGap {
  const target = targetValue(profile, metric);
  // Rounding noise (a calibrated median equal to its own target) must not read as a miss.
  const gap = value - target;
  return { target, gap, meets: gap <= 1e-9 * Math.max(1, Math.abs(target)) };
}
