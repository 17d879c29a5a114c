// One benchmark row per site: the figures a consultant puts side by side,
// each median with its 95% interval and its gap to the chosen profile's
// target. Scores are recomputed against that profile from each session's
// aggregates (scoreMetrics ∘ sessionMetrics), never read from raw events.
import type { Session } from '../journey/session';
import { gradeFor, scoreMetrics, type Grade } from '../score/score-session';
import { PILLARS, type MetricId, type Pillar } from '../score/metrics';
import type { Profile } from '../score/profile';
import { estimateMedian, estimateQuantile, type Estimate } from './quantile-estimate';
import { meanInterval, wilsonInterval, type MeanEstimate, type ShareEstimate } from './rate-estimates';
import { sessionFacts, type SessionFacts } from './session-facts';
import { gapToTarget, type TargetGap } from './targets';
import { quantileOfSorted, sortNumbers } from '../stats';

export interface Figure<E> {
  estimate: E | null;
  /** Null when the figure has no profile target, or nothing was measured. */
  target: TargetGap | null;
}

export interface ScoreDistribution {
  /** Sessions per ten points: [0, 10), [10, 20), … [90, 100]. */
  histogram: number[];
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface BenchmarkRow {
  siteId: string;
  siteName: string;
  sessions: number;
  /** Median convenience score (0–100) of the sessions the profile could score. */
  score: Estimate | null;
  grade: Grade | null;
  distribution: ScoreDistribution | null;
  /** Median pillar scores, 0–100. */
  pillars: Record<Pillar, Estimate | null>;
  timeToFirstProduct: Figure<Estimate>;
  /** Searching sessions that went on to view a product. */
  searchSuccess: ShareEstimate | null;
  /** Zero-result searches over all searches, against the profile's search-failure target. */
  zeroResultRate: Figure<ShareEstimate>;
  checkoutDuration: Figure<Estimate>;
  checkoutSteps: Figure<Estimate>;
  /** p75 of LCP over every page load the site's sessions measured. */
  lcpP75: Figure<Estimate>;
  frictionPerSession: MeanEstimate | null;
  /** Mean CES of rated sessions, and the share answering 5–7 (CES 2.0 reporting, REFERENCES.md). */
  ces: (MeanEstimate & { easyShare: number }) | null;
}

export function benchmarkRows(sessions: Session[], profile: Profile): BenchmarkRow[] {
  return benchmarkRowsFromFacts(sessions.map(sessionFacts), profile);
}

export function benchmarkRowsFromFacts(facts: SessionFacts[], profile: Profile): BenchmarkRow[] {
  const bySite = new Map<string, SessionFacts[]>();
  for (const f of facts) {
    const group = bySite.get(f.siteId);
    if (group) group.push(f);
    else bySite.set(f.siteId, [f]);
  }
  return sortRows([...bySite.values()].map((group) => benchmarkRow(group, profile)));
}

/** Best median score first; sites no session could score last, by name. */
export function sortRows(rows: BenchmarkRow[]): BenchmarkRow[] {
  return rows.sort((a, b) => (b.score?.value ?? -1) - (a.score?.value ?? -1) || a.siteName.localeCompare(b.siteName));
}

/** The row of one site's sessions (all `facts` share a siteId). */
export function benchmarkRow(facts: SessionFacts[], profile: Profile): BenchmarkRow {
  const scores: number[] = [];
  const pillarScores = Object.fromEntries(PILLARS.map((p) => [p, [] as number[]])) as Record<Pillar, number[]>;
  for (const f of facts) {
    const result = scoreMetrics(f.metrics, profile);
    if (result.score === null) continue;
    scores.push(result.score);
    for (const p of PILLARS) if (result.pillars[p] !== null) pillarScores[p].push(100 * result.pillars[p]!);
  }
  const score = estimateMedian(scores);
  const searching = facts.filter((f) => f.foundAfterSearch !== null);
  const searches = sum(facts, (f) => f.searches);
  const zeroResults = sum(facts, (f) => f.zeroResultSearches);
  const zeroResultRate = wilsonInterval(zeroResults, searches);
  const rated = facts.flatMap((f) => (f.ces === null ? [] : [f.ces]));
  const cesMean = meanInterval(rated);
  const latest = facts.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));

  return {
    siteId: latest.siteId,
    siteName: latest.siteName,
    sessions: facts.length,
    score,
    grade: score ? gradeFor(score.value) : null,
    distribution: scoreDistribution(scores),
    pillars: Object.fromEntries(PILLARS.map((p) => [p, estimateMedian(pillarScores[p])])) as Record<Pillar, Estimate | null>,
    timeToFirstProduct: metricFigure(facts, 'timeToFirstProduct', profile),
    searchSuccess: wilsonInterval(searching.filter((f) => f.foundAfterSearch).length, searching.length),
    zeroResultRate: { estimate: zeroResultRate, target: zeroResultRate && gapToTarget(zeroResultRate.share, profile, 'searchFailureRate') },
    checkoutDuration: metricFigure(facts, 'checkoutDuration', profile),
    checkoutSteps: metricFigure(facts, 'checkoutSteps', profile),
    lcpP75: withTarget(estimateQuantile(facts.flatMap((f) => f.lcpSamples), 0.75), profile, 'lcpP75'),
    frictionPerSession: meanInterval(facts.map((f) => f.frictionTotal)),
    ces: cesMean && { ...cesMean, easyShare: rated.filter((c) => c >= 5).length / rated.length },
  };
}

function metricFigure(facts: SessionFacts[], metric: MetricId, profile: Profile): Figure<Estimate> {
  const values = facts.flatMap((f) => (f.metrics[metric] === undefined ? [] : [f.metrics[metric]!]));
  return withTarget(estimateMedian(values), profile, metric);
}

function withTarget(estimate: Estimate | null, profile: Profile, metric: MetricId): Figure<Estimate> {
  return { estimate, target: estimate && gapToTarget(estimate.value, profile, metric) };
}

function scoreDistribution(scores: number[]): ScoreDistribution | null {
  if (scores.length === 0) return null;
  const sorted = sortNumbers(scores);
  const histogram = new Array<number>(10).fill(0);
  for (const s of sorted) histogram[Math.min(9, Math.max(0, Math.floor(s / 10)))] += 1;
  return {
    histogram,
    min: sorted[0],
    q1: quantileOfSorted(sorted, 0.25)!,
    median: quantileOfSorted(sorted, 0.5)!,
    q3: quantileOfSorted(sorted, 0.75)!,
    max: sorted[sorted.length - 1],
  };
}

function sum<T>(items: T[], of: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}
