// The Profiles view: the list, and beside it the chosen profile — to read,
// edit (a copy of the built-in one), export, delete, or make the scoring
// profile (every stored session is rescored) — plus import and calibration.
// Every change goes through the background; results are announced.
import { useState } from 'preact/hooks';
import { listProfiles } from '@/lib/store';
import { copyProfile, type Calibration, type Profile } from '@/lib/score';
import { listRecordedSites } from '@/lib/benchmark';
import { useDashboard } from '../dashboard-context';
import { useAsync } from '../use-async';
import { askBackground } from '../page-channel';
import { hrefFor } from '../route';
import { formatCountOf } from '../format-figures';
import { ProfileList } from './profile-list';
import { ProfileDetail } from './profile-detail';
import { ProfileEditor } from './profile-editor';
import { ImportErrors, ProfileImport, type ImportFailure } from './profile-import';
import { CalibrateForm } from './calibrate-form';
import { downloadProfile } from './profile-file';
import { slugFromName, uniqueId } from './profile-draft';

type Mode = { kind: 'view' } | { kind: 'edit'; profile: Profile; isNew: boolean } | { kind: 'calibrate' };

export function ProfilesScreen({ id }: { id: string | null }) {
  const { db, announce, scoringProfileId, refreshSettings } = useDashboard();
  const profiles = useAsync(() => listProfiles(db), [db]);
  const sites = useAsync(() => listRecordedSites(db), [db]);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; problem?: boolean } | null>(null);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  const list = profiles.value ?? [];
  const siteName = (siteId: string) => sites.value?.find((s) => s.siteId === siteId)?.siteName ?? siteId;
  const shown = list.find((p) => p.id === (id ?? scoringProfileId)) ?? list[0];

  const tell = (text: string, problem = false) => {
    setNotice({ text, problem });
    announce(text);
  };
  const open = (profileId: string) => {
    setMode({ kind: 'view' });
    location.hash = hrefFor({ page: 'profiles', id: profileId });
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      tell(error instanceof Error ? error.message : String(error), true);
    } finally {
      setBusy(false);
    }
  };

  const save = async (profile: Profile) => {
    const saved = await askBackground<Profile>({ kind: 'save-profile', profile });
    profiles.reload();
    tell(`Saved “${saved.name}”.`);
    open(saved.id);
  };

  const copyOf = (profile: Profile) => {
    const name = `${profile.name} (copy)`;
    setMode({ kind: 'edit', profile: copyProfile(profile, uniqueId(slugFromName(name), list.map((p) => p.id)), name), isNew: true });
  };

  const select = (profile: Profile) => run(async () => {
    const { rescored } = await askBackground<{ rescored: number }>({ kind: 'select-profile', id: profile.id });
    await refreshSettings();
    tell(`Now scoring with “${profile.name}”: ${formatCountOf(rescored, 'session')} rescored.`);
  });

  const remove = (profile: Profile) => run(async () => {
    await askBackground({ kind: 'delete-profile', id: profile.id });
    await refreshSettings();
    profiles.reload();
    tell(`Deleted “${profile.name}”.`);
    location.hash = hrefFor({ page: 'profiles', id: null });
  });

  const calibrate = async (request: { siteId: string; id: string; name: string; baseId: string }) => {
    const calibration = await askBackground<Calibration>({ kind: 'calibrate-profile', ...request });
    profiles.reload();
    announce(`Calibrated “${calibration.profile.name}” from ${formatCountOf(calibration.profile.calibratedFrom?.sessions ?? 0, 'session')}.`);
    return calibration;
  };

  let pane;
  if (mode.kind === 'edit') {
    pane = <ProfileEditor key={mode.profile.id} initial={mode.profile} isNew={mode.isNew} onSave={save} onCancel={() => setMode({ kind: 'view' })} />;
  } else if (mode.kind === 'calibrate') {
    pane = <CalibrateForm sites={sites.value ?? []} profiles={list} onCalibrate={calibrate}
      onClose={(calibratedId) => (calibratedId ? open(calibratedId) : setMode({ kind: 'view' }))} />;
  } else if (shown) {
    pane = (
      <ProfileDetail profile={shown} siteName={siteName} isScoring={shown.id === scoringProfileId} busy={busy}
        onSelect={() => void select(shown)}
        onEdit={() => setMode({ kind: 'edit', profile: shown, isNew: false })}
        onCopy={() => copyOf(shown)}
        onExport={() => { downloadProfile(shown); tell(`Exported “${shown.name}” as JSON.`); }}
        onDelete={() => void remove(shown)} />
    );
  }

  return (
    <section class="screen" aria-labelledby="profiles-title">
      <header class="screen__header">
        <div>
          <p class="eyebrow">Targets and weights</p>
          <h1 class="screen__title" id="profiles-title" tabIndex={-1}>Profiles</h1>
        </div>
        <div class="screen__tools">
          <button type="button" class="button button--quiet" onClick={() => setMode({ kind: 'calibrate' })}>Calibrate from a brand…</button>
          <ProfileImport onFailure={setImportFailure} onImport={async (profile) => {
            const saved = await askBackground<Profile>({ kind: 'save-profile', profile });
            profiles.reload();
            tell(`Imported “${saved.name}”.`);
            open(saved.id);
          }} />
        </div>
      </header>
      <p class="screen__lede screen__lede--wide">A profile holds what “convenient” means: the value each metric must reach to score 0.9 and how much each pillar weighs. Stored scores use the scoring profile; the Benchmark can use any.</p>
      {importFailure && <ImportErrors failure={importFailure} onDismiss={() => setImportFailure(null)} />}
      {notice && <p class={notice.problem ? 'problem' : 'notice'} data-testid="profiles-notice">{notice.text}</p>}
      {profiles.error && <p class="problem" role="alert">Could not read profiles: {profiles.error}</p>}
      <div class="profiles-layout">
        <nav class="profiles-layout__list" aria-label="Profile list">
          <ProfileList profiles={list} selectedId={mode.kind === 'view' ? shown?.id ?? null : null} scoringId={scoringProfileId} siteName={siteName} />
        </nav>
        <div class="panel profiles-layout__pane">{pane}</div>
      </div>
    </section>
  );
}
