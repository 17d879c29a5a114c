// Formatting for Vitrine's screens: pure functions from stored values to the
// text a person reads. Shared by the popup and the dashboard.
export { formatDuration, formatDurationWords, formatOffset } from './duration';
export { formatClockTime, formatSessionDate } from './date';
export { pageTypeLabel } from './page-type';
export { pathOf } from './url';
export { countLabel } from './count';
export { formatLoadTime, navigationNote } from './navigation';
