// Which visits need the journey kit, kept apart from the kit so the recorder
// that decides can know it without carrying the kit itself.
import type { PageType } from '../../sites/types';

/** Page types whose visits need the journey kit; others run on the recorder alone. */
export const JOURNEY_PAGES: ReadonlySet<PageType> = new Set(['search', 'product', 'bag', 'checkout', 'account', 'confirmation']);
