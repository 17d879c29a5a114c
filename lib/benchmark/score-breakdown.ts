// Why a session scored what it did, line by line: every pillar and every
// metric with its value, its 0–1 score, its target and the points it cost —
// including the small losses scoreMetrics leaves out of its deductions and
// the metrics the session never measured, so the table always adds up.
import type { Session } from '../journey/session';
import { METRIC_IDS, METRICS, PILLARS, sessionMetrics, type MetricId, type Pillar } from '../score/metrics';
import type { Profile } from '../score/profile';
import { scoreMetrics, type SessionScore } from '../score/score-session';
import { targetValue } from './targets';

export interface MetricLine {
  metric: MetricId;
  /** Null when the session did not measure it (it then drops out of the score). */
  value: number | null;
  /** 0–1 on the profile's curve. */
  score: number | null;
  weight: number;
  /** The value scoring 0.9 (see targets.ts). */
  target: number;
  pointsLost: number | null;
}

export interface PillarLine {
  pillar: Pillar;
  weight: number;
  /** 0–100, or null when no metric of the pillar was measured. */
  score: number | null;
  pointsLost: number;
  metrics: MetricLine[];
}

export interface ScoreBreakdown {
  result: SessionScore;
  pillars: PillarLine[];
}

export function scoreBreakdown(session: Session, profile: Profile): ScoreBreakdown {
  const values = sessionMetrics(session);
  const result = scoreMetrics(values, profile);
  const measuredPillarWeight = PILLARS.reduce((total, p) => total + (result.pillars[p] === null ? 0 : profile.pillars[p]), 0);

  const pillars = PILLARS.map((pillar): PillarLine => {
    const ids = METRIC_IDS.filter((id) => METRICS[id].pillar === pillar);
    const measuredWeight = ids.reduce((total, id) => total + (result.metrics[id] === undefined ? 0 : profile.targets[id].weight), 0);
    const metrics = ids.map((id): MetricLine => {
      const score = result.metrics[id] ?? null;
      const counted = score !== null && result.pillars[pillar] !== null && measuredPillarWeight > 0;
      const share = counted ? profile.targets[id].weight / measuredWeight : 0;
      return {
        metric: id,
        value: values[id] ?? null,
        score,
        weight: profile.targets[id].weight,
        target: targetValue(profile, id),
        pointsLost: counted ? (100 * profile.pillars[pillar] * share * (1 - score)) / measuredPillarWeight : null,
      };
    });
    const pillarScore = result.pillars[pillar];
    return {
      pillar,
      weight: profile.pillars[pillar],
      score: pillarScore === null ? null : 100 * pillarScore,
      pointsLost: metrics.reduce((total, m) => total + (m.pointsLost ?? 0), 0),
      metrics,
    };
  });
  return { result, pillars };
}
