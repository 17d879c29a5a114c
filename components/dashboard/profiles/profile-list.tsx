// The profiles as a list of links: the built-in one marked, the one stored
// scores use marked, and a calibrated profile naming its reference site.
import type { Profile } from '@/lib/score';
import { hrefFor } from '../route';

export function ProfileList({ profiles, selectedId, scoringId, siteName }: { profiles: Profile[]; selectedId: string | null; scoringId: string; siteName: (siteId: string) => string }) {
  return (
    <ul class="profile-list" data-testid="profile-list">
      {profiles.map((profile) => (
        <li key={profile.id}>
          <a class="profile-list__item" href={hrefFor({ page: 'profiles', id: profile.id })} aria-current={profile.id === selectedId ? 'page' : undefined} data-testid="profile-item">
            <span class="profile-list__name">{profile.name}</span>
            <span class="profile-list__tags">
              {profile.builtIn && <span class="tag">Built in</span>}
              {profile.id === scoringId && <span class="tag tag--strong">Scoring</span>}
              {profile.calibratedFrom && <span class="tag">Calibrated · {siteName(profile.calibratedFrom.siteId)}</span>}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
