// Benchmarking's public face: statistics with honest intervals, one row of
// figures per site against a profile, a session's score line by line, and the
// read-only queries the dashboard pages through.
export { median, p75, mean, quantile, quantileOfSorted, sortNumbers } from '../stats';
export { seededRandom, DEFAULT_SEED } from './seeded-random';
export { bootstrapQuantileInterval, BOOTSTRAP_RESAMPLES, type IntervalOptions } from './bootstrap-interval';
export { orderStatisticInterval, orderStatisticRanks } from './order-statistic-interval';
export { estimateMedian, estimateQuantile, BOOTSTRAP_MAX_N, type Estimate, type IntervalMethod } from './quantile-estimate';
export { wilsonInterval, meanInterval, type ShareEstimate, type MeanEstimate } from './rate-estimates';
export { sessionFacts, type SessionFacts } from './session-facts';
export { targetValue, gapToTarget, type TargetGap } from './targets';
export { benchmarkRows, benchmarkRowsFromFacts, benchmarkRow, sortRows, type BenchmarkRow, type Figure, type ScoreDistribution } from './benchmark-rows';
export { scoreBreakdown, type ScoreBreakdown, type PillarLine, type MetricLine } from './score-breakdown';
export { readSessionPage, sessionMatches, SESSION_SORTS, SORT_KEYS, PAGE_SIZE, type SessionQuery, type SessionSort, type SessionPage, type PagePosition } from './session-pages';
export { listRecordedSites, listStudyIds, type RecordedSite } from './recorded-sites';
