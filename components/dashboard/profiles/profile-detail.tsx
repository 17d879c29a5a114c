// One profile: what it is, where its numbers come from, its targets — and the
// actions on it: score with it, edit (a copy, for the built-in one), export,
// delete (after a second, explicit confirmation).
import { useState } from 'preact/hooks';
import type { Profile } from '@/lib/score';
import { countNoun, formatSessionDate } from '@/lib/format';
import { TargetsTable } from './targets-table';

export function ProfileDetail({ profile, siteName, isScoring, busy, onSelect, onEdit, onCopy, onExport, onDelete }: {
  profile: Profile;
  siteName: (siteId: string) => string;
  isScoring: boolean;
  busy: boolean;
  onSelect: () => void;
  onEdit: () => void;
  onCopy: () => void;
  onExport: () => void;
  onDelete: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <article class="profile-detail" data-testid="profile-detail" aria-labelledby="profile-title">
      <div class="panel__head">
        <div>
          <p class="eyebrow">{profile.builtIn ? 'Built-in profile' : profile.calibratedFrom ? 'Calibrated profile' : 'Custom profile'}{isScoring ? ' · scoring profile' : ''}</p>
          <h2 class="panel__title panel__title--large" id="profile-title">{profile.name}</h2>
        </div>
        <div class="button-row">
          {isScoring
            ? <span class="tag tag--strong" data-testid="scoring-tag">Stored scores use this profile</span>
            : <button type="button" class="button button--dark" disabled={busy} onClick={onSelect}>Use for scoring</button>}
        </div>
      </div>
      {profile.description && <p class="profile-detail__description">{profile.description}</p>}
      {profile.calibratedFrom && (
        <p class="profile-detail__calibrated">
          Calibrated from <strong>{profile.calibratedFrom.sessions}</strong> {countNoun(profile.calibratedFrom.sessions, 'session')} on <strong>{siteName(profile.calibratedFrom.siteId)}</strong>, {formatSessionDate(profile.calibratedFrom.at, Date.now())}.
        </p>
      )}
      <div class="button-row button-row--left">
        {profile.builtIn
          ? <button type="button" class="button button--quiet" onClick={onCopy}>Edit a copy</button>
          : <>
              <button type="button" class="button button--quiet" onClick={onEdit}>Edit</button>
              <button type="button" class="button button--quiet" onClick={onCopy}>Duplicate</button>
            </>}
        <button type="button" class="button button--quiet" onClick={onExport}>Export JSON</button>
        {!profile.builtIn && !confirming && <button type="button" class="button button--quiet button--danger" onClick={() => setConfirming(true)}>Delete…</button>}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-delete">
          <p id="confirm-delete">Delete “{profile.name}”? This cannot be undone.{isScoring ? ' Scores return to the Reference standard.' : ''}</p>
          <button type="button" class="button button--danger-solid" disabled={busy} onClick={onDelete}>Delete profile</button>
          <button type="button" class="button button--quiet" onClick={() => setConfirming(false)}>Keep it</button>
        </div>
      )}
      <TargetsTable profile={profile} />
    </article>
  );
}
