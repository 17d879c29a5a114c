// Formatting for Vitrine's screens: pure functions from stored values to the
// text a person reads. Shared by the popup and the dashboard.
export { formatDuration, formatDurationWords, formatOffset } from './duration';
export { formatClockTime, formatSessionDate } from './date';
export { pageTypeLabel } from './page-type';
export { pathOf } from './url';
export { countLabel, countNoun } from './count';
export { formatLoadTime, navigationNote } from './navigation';
export { isHashedQuery, readableQuery, searchPhrase } from './search-query';
export { formatSeconds, frictionExplanation, frictionLabel, frictionMarker, type FrictionSignal } from './friction';
export { coverageSentence, formatScore, pillarPoints, PILLAR_WORDS } from './score';
export { CES_POINTS, CES_STATEMENT, cesAgreement, type CesPoint } from './effort-scale';
export { timelineEntries, type MarkerTone, type StoredPageView, type TimelineEntry } from './journey-markers';
export { compareEventsInTime } from './event-order';
