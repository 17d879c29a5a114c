// What the popup says away from a tracked site: what Vitrine is for, where it
// records (the luxury sites it knows, and shops the user adds) and that nothing
// leaves the device. On an https shop it makes room for the "Track this site" offer.
import type { ComponentChildren } from 'preact';
import { SITES } from '@/lib/sites/registry';

const NAMED_SITES = 4;

/** "Net-a-Porter, MR PORTER, Mytheresa, Farfetch and 3 more" from the site registry. */
export function knownSitesSentence(names: readonly string[] = SITES.map((site) => site.name)): string {
  // A site's name never breaks across lines ("MR PORTER").
  const shown = names.slice(0, NAMED_SITES).map((name) => name.replace(/ /g, '\u00a0'));
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `offer`: shown right under the introduction, e.g. the TrackSiteCard for the open shop. */
export function EmptyState({ offer }: { offer?: ComponentChildren }) {
  return (
    <section class="empty-state" data-testid="empty-state" aria-labelledby="empty-state-title">
      <p class="eyebrow">Not recording here</p>
      <h1 class="empty-state__title" id="empty-state-title">Time is the ultimate luxury.</h1>
      <p class="empty-state__lede">
        Vitrine times your journey through luxury shopping sites — every page, search, bag and checkout step —
        and shows where the site made you work.
      </p>
      {offer}
      <ul class="promise-list">
        <li>
          <strong>Only on known luxury sites and shops you add.</strong> {knownSitesSentence()}. Everywhere else it
          stays silent.
        </li>
        <li>
          <strong>Starts by itself.</strong> Open one of those sites and recording begins with the first page.
        </li>
        <li>
          <strong>Nothing leaves this device.</strong> No account, no trackers, no network requests.
        </li>
      </ul>
    </section>
  );
}
