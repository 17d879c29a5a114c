// The journey kit: what shopping pages need beyond the recorder every page
// runs — the search and its result count, the product viewed, additions to
// the bag, each checkout step and the order (journey-detector.ts), and the
// checkout's form errors. Loaded when the background classifies a visit as a
// shopping page; from then on it follows every visit of the document.
import type { PageType } from '../../sites/types';
import { readInvalidEvent } from '../friction/form-error-signs';
import { createFormErrorDetector, watchFormErrors } from '../friction/form-errors';
import { createJourneyDetector } from '../journey-detector';
import type { Kit, KitHost } from './protocol';

/** The pages whose forms are the journey's: errors elsewhere (a newsletter box) are not counted. */
const FORM_PAGES: ReadonlySet<PageType> = new Set(['checkout', 'account']);

export interface JourneyKitOptions {
  /** Tests only: happy-dom never makes a trusted event. */
  isTrusted?: (event: Event) => boolean;
}

export function createJourneyKit(host: KitHost, options: JourneyKitOptions = {}): Kit {
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const { doc, now, newId, setTimeout } = host;
  const journey = createJourneyDetector({ doc, emit: host.record, newId, now, setTimeout });
  const formErrors = createFormErrorDetector({
    now, setTimeout,
    emit: host.friction,
    isFormPage: () => FORM_PAGES.has(host.visit?.pageType ?? 'other'),
    watchErrors: watchFormErrors(doc),
  });
  if (host.lastActionAt > -Infinity) {
    journey.shopperActed(host.lastActionAt);
    formErrors.shopperActed(host.lastActionAt);
  }
  if (host.visit) journey.startVisit(host.visit);
  return {
    visitStarted: (visit) => journey.startVisit(visit),
    shopperActed(event, t) {
      journey.shopperActed(t);
      if (isTrusted(event)) formErrors.shopperActed(t);
    },
    pageChanged: (added) => journey.pageChanged(added),
    invalidFired(event) {
      if (isTrusted(event)) formErrors.invalidSeen(readInvalidEvent(event));
    },
    pageHidden() {
      journey.pageHidden();
      formErrors.flush();
    },
    stop: () => formErrors.stop(),
  };
}
