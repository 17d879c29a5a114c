// Calibrating a profile from a reference brand's own sessions ("as convenient
// as Net-a-Porter"): choose the brand and a base, name the profile, and see the
// basis — for each metric, how many sessions measured it and their median.
import { useState } from 'preact/hooks';
import type { RecordedSite } from '@/lib/benchmark';
import { METRIC_IDS, METRICS, type Calibration, type Profile } from '@/lib/score';
import { formatCountOf, formatMetricValue } from '../format-figures';
import { slugFromName, uniqueId } from './profile-draft';

export function CalibrateForm({ sites, profiles, onCalibrate, onClose }: {
  sites: RecordedSite[];
  profiles: Profile[];
  onCalibrate: (request: { siteId: string; id: string; name: string; baseId: string }) => Promise<Calibration>;
  /** Closes the form; after a calibration, with the new profile's id. */
  onClose: (calibratedId?: string) => void;
}) {
  // Sites and profiles may arrive after the form opens: until the user chooses, the first one is chosen.
  const [chosenSiteId, setSiteId] = useState<string | null>(null);
  const siteId = chosenSiteId ?? sites[0]?.siteId ?? '';
  const site = sites.find((s) => s.siteId === siteId);
  const [name, setName] = useState<string | null>(null);
  const [chosenBaseId, setBaseId] = useState<string | null>(null);
  const baseId = chosenBaseId ?? profiles[0]?.id ?? 'reference-standard';
  const [result, setResult] = useState<Calibration | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const shownName = name ?? (site ? `As convenient as ${site.siteName}` : '');

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!site || !shownName.trim()) return;
    setWorking(true);
    setProblem(null);
    try {
      const id = uniqueId(slugFromName(shownName), profiles.map((p) => p.id));
      setResult(await onCalibrate({ siteId: site.siteId, id, name: shownName.trim(), baseId }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  };

  if (result) return <CalibrationBasis calibration={result} siteName={site?.siteName ?? siteId} onClose={onClose} />;

  return (
    <form class="calibrate-form" data-testid="calibrate-form" onSubmit={submit} aria-labelledby="calibrate-title">
      <div class="panel__head">
        <div>
          <p class="eyebrow">New profile from a reference brand</p>
          <h2 class="panel__title panel__title--large" id="calibrate-title">Calibrate</h2>
        </div>
        <button type="button" class="button button--quiet" onClick={() => onClose()}>Cancel</button>
      </div>
      <p class="panel__lede">The reference brand’s median on every metric becomes the value that scores 0.9; other brands are then scored against it. Weights come from the base profile.</p>
      {sites.length === 0 ? <p class="muted">Record sessions on a brand first.</p> : (
        <div class="editor-grid">
          <label class="field">
            <span class="field__label">Reference brand</span>
            <select value={siteId} onChange={(e) => setSiteId(e.currentTarget.value)}>
              {sites.map((s) => <option key={s.siteId} value={s.siteId}>{s.siteName} ({formatCountOf(s.sessions, 'session')})</option>)}
            </select>
          </label>
          <label class="field">
            <span class="field__label">Base profile</span>
            <select value={baseId} onChange={(e) => setBaseId(e.currentTarget.value)}>
              {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
          <label class="field field--wide">
            <span class="field__label">Name</span>
            <input type="text" value={shownName} maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
        </div>
      )}
      {problem && <p class="problem" role="alert">Not calibrated: {problem}</p>}
      <div class="button-row button-row--left">
        <button type="submit" class="button button--dark" disabled={!site || !shownName.trim() || working}>{working ? 'Calibrating…' : 'Calibrate profile'}</button>
      </div>
    </form>
  );
}

function CalibrationBasis({ calibration, siteName, onClose }: { calibration: Calibration; siteName: string; onClose: (calibratedId: string) => void }) {
  const { profile, basis } = calibration;
  const measured = METRIC_IDS.filter((id) => basis[id]);
  return (
    <section class="calibration-result" data-testid="calibration-basis" aria-labelledby="basis-title">
      <div class="panel__head">
        <div>
          <p class="eyebrow">Calibrated from {formatCountOf(profile.calibratedFrom?.sessions ?? 0, 'session')} on {siteName}</p>
          <h2 class="panel__title panel__title--large" id="basis-title">{profile.name}</h2>
        </div>
        <button type="button" class="button button--dark" onClick={() => onClose(profile.id)}>View profile</button>
      </div>
      <p class="panel__lede">{measured.length} of {METRIC_IDS.length} metrics were set from the reference sessions; the others keep the base profile’s targets (a median of zero cannot set a scale).</p>
      <table class="data-table">
        <caption class="visually-hidden">Basis of the calibration: sessions and median per metric</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col" class="num">Sessions</th>
            <th scope="col" class="num">Median</th>
            <th scope="col" class="num">New good</th>
            <th scope="col" class="num">New poor</th>
          </tr>
        </thead>
        <tbody>
          {measured.map((id) => (
            <tr key={id}>
              <th scope="row">{METRICS[id].label}</th>
              <td class="num">{basis[id]!.sessions}</td>
              <td class="num">{formatMetricValue(id, basis[id]!.median)}</td>
              <td class="num">{profile.targets[id].good === undefined ? '—' : formatMetricValue(id, profile.targets[id].good!)}</td>
              <td class="num">{formatMetricValue(id, profile.targets[id].poor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
