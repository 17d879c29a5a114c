// scoreSession: the convenience score of DESIGN §5. Metrics score 0–1 on their
// curve, pillars are weighted means of their measured metrics, the score is
// the weighted mean of measured pillars. Unmeasured metrics drop out and the
// weights renormalise; `coverage` says how much of the model was measured and
// every deduction says why points were lost, so the number can be explained.
import { countScore, logNormalScore } from './curves';
import { METRIC_IDS, METRICS, PILLARS, sessionMetrics, type MetricId, type Pillar, type SessionMetrics } from './metrics';
import { REFERENCE_STANDARD, type Profile } from './profile';
import type { Session } from '../journey/session';

export type Grade = 'Effortless' | 'Smooth' | 'Ordinary' | 'Laborious';

export interface Deduction {
  metric: MetricId;
  pillar: Pillar;
  value: number;
  /** The profile's target: `good` on time curves, `poor` on counts. */
  target: number;
  /** Points of the 100 lost to this metric. */
  points: number;
  sentence: string;
}

export interface SessionScore {
  /** 0–100, or null when nothing could be measured. */
  score: number | null;
  grade: Grade | null;
  /** Share (0–1) of the model's weight that this session measured. */
  coverage: number;
  pillars: Record<Pillar, number | null>;
  metrics: Partial<Record<MetricId, number>>;
  deductions: Deduction[];
  profileId: string;
}

export function gradeFor(score: number): Grade {
  if (score >= 90) return 'Effortless';
  if (score >= 75) return 'Smooth';
  if (score >= 50) return 'Ordinary';
  return 'Laborious';
}

export function metricScore(id: MetricId, value: number, profile: Profile): number {
  const target = profile.targets[id];
  return METRICS[id].curve === 'time' ? logNormalScore(value, target.good!, target.poor) : countScore(value, target.poor);
}

/** Deductions under half a point are noise to a shopper; they still count in the score. */
const SHOWN_DEDUCTION = 0.5;

export function scoreMetrics(values: SessionMetrics, profile: Profile): SessionScore {
  const totalPillarWeight = PILLARS.reduce((sum, p) => sum + profile.pillars[p], 0);
  const pillars = {} as Record<Pillar, number | null>;
  const metricScores: Partial<Record<MetricId, number>> = {};
  let measuredPillarWeight = 0;
  /** Σ over pillars of the pillar's weight × the share of its metric weight measured. */
  let measuredModelWeight = 0;
  let weighted = 0;
  const perMetric: Array<{ id: MetricId; pillarShare: number; loss: number }> = [];

  for (const pillar of PILLARS) {
    const ids = METRIC_IDS.filter((id) => METRICS[id].pillar === pillar && values[id] !== undefined && profile.targets[id].weight > 0);
    const allWeight = METRIC_IDS.filter((id) => METRICS[id].pillar === pillar).reduce((sum, id) => sum + profile.targets[id].weight, 0);
    const measuredWeight = ids.reduce((sum, id) => sum + profile.targets[id].weight, 0);
    if (measuredWeight === 0 || profile.pillars[pillar] === 0) {
      pillars[pillar] = null;
      continue;
    }
    let pillarScore = 0;
    for (const id of ids) {
      const s = metricScore(id, values[id]!, profile);
      metricScores[id] = s;
      const share = profile.targets[id].weight / measuredWeight;
      pillarScore += share * s;
      perMetric.push({ id, pillarShare: share, loss: 1 - s });
    }
    pillars[pillar] = pillarScore;
    measuredPillarWeight += profile.pillars[pillar];
    measuredModelWeight += (profile.pillars[pillar] * measuredWeight) / allWeight;
    weighted += profile.pillars[pillar] * pillarScore;
  }

  if (measuredPillarWeight === 0) {
    return { score: null, grade: null, coverage: 0, pillars, metrics: metricScores, deductions: [], profileId: profile.id };
  }
  const score = (100 * weighted) / measuredPillarWeight;
  const deductions: Deduction[] = perMetric
    .map(({ id, pillarShare, loss }) => {
      const pillar = METRICS[id].pillar;
      const points = (100 * profile.pillars[pillar] * pillarShare * loss) / measuredPillarWeight;
      const value = values[id]!;
      const target = profile.targets[id];
      return { metric: id, pillar, value, target: METRICS[id].curve === 'time' ? target.good! : target.poor, points, sentence: `${METRICS[id].describe(value)} (−${Math.round(points)})` };
    })
    .filter((d) => d.points >= SHOWN_DEDUCTION)
    .sort((a, b) => b.points - a.points);

  return {
    score: Math.round(score * 10) / 10,
    grade: gradeFor(score),
    coverage: Math.round((1000 * measuredModelWeight) / totalPillarWeight) / 1000,
    pillars,
    metrics: metricScores,
    deductions,
    profileId: profile.id,
  };
}

export function scoreSession(session: Session, profile: Profile): SessionScore {
  return scoreMetrics(sessionMetrics(session), profile);
}

/** The session with its score brought up to date; stored with it, so no screen recomputes from events. */
export function withScore(session: Session, profile: Profile = REFERENCE_STANDARD): Session {
  return { ...session, score: scoreSession(session, profile) };
}
