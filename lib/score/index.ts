// The score's public face (DESIGN §5): pure functions over sessions and profiles.
export { scoreSession, scoreMetrics, withScore, gradeFor, metricScore, type SessionScore, type Deduction, type Grade } from './score-session';
export { REFERENCE_STANDARD, parseProfile, copyProfile, profileSchema, PROFILE_FORMAT, type Profile } from './profile';
export { calibrateProfile, type Calibration } from './calibrate';
export { METRICS, METRIC_IDS, PILLARS, sessionMetrics, type MetricId, type Pillar, type SessionMetrics } from './metrics';
export { logNormalScore, countScore } from './curves';
