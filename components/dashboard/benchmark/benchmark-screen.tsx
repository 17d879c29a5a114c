// The Benchmark view: every brand with sessions, scored against a chosen
// profile (the scoring profile by default), in a table of medians with
// intervals and gaps; then 2–4 chosen brands side by side in charts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { listProfiles } from '@/lib/store';
import type { Profile } from '@/lib/score';
import { useDashboard } from '../dashboard-context';
import { useAsync } from '../use-async';
import { countLabel, countNoun } from '@/lib/format';
import { formatCount } from '../format-figures';
import { BenchmarkTable, MAX_COMPARED } from './benchmark-table';
import { CompareCharts } from './compare-charts';
import { useBenchmark } from './use-benchmark';

const DEFAULT_COMPARED = 3;

export function BenchmarkScreen() {
  const { db, scoringProfileId, announce } = useDashboard();
  const profiles = useAsync(() => listProfiles(db), [db]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const profileId = chosenId ?? scoringProfileId;
  const profile: Profile | null = useMemo(
    () => profiles.value?.find((p) => p.id === profileId) ?? profiles.value?.[0] ?? null,
    [profiles.value, profileId],
  );
  const benchmark = useBenchmark(db, profile);
  const [compared, setCompared] = useState<string[] | null>(null);
  const rows = benchmark.rows ?? [];
  const sessionTotal = rows.reduce((n, r) => n + r.sessions, 0);

  // Until the consultant picks, compare the brands with the most sessions.
  const shownIds = compared ?? [...rows].sort((a, b) => b.sessions - a.sessions).slice(0, DEFAULT_COMPARED).map((r) => r.siteId);
  const comparedRows = shownIds.map((id) => rows.find((r) => r.siteId === id)).filter((r) => r !== undefined);

  useEffect(() => {
    if (benchmark.rows && profile) announce(`Benchmark of ${countLabel(benchmark.rows.length, 'brand')} against ${profile.name} is ready.`);
  }, [benchmark.rows]);

  const toggle = (siteId: string) => {
    const current = shownIds;
    const next = current.includes(siteId) ? current.filter((id) => id !== siteId) : [...current, siteId].slice(0, MAX_COMPARED);
    setCompared(next);
  };

  return (
    <section class="screen" aria-labelledby="benchmark-title">
      <header class="screen__header">
        <div>
          <p class="eyebrow">Brands side by side</p>
          <h1 class="screen__title" id="benchmark-title" tabIndex={-1}>Benchmark</h1>
        </div>
        <div class="screen__tools">
          <label class="field field--inline">
            <span class="field__label">Score against</span>
            <select value={profile?.id ?? ''} onChange={(e) => setChosenId(e.currentTarget.value)} data-testid="benchmark-profile">
              {(profiles.value ?? []).map((p) => (
                <option key={p.id} value={p.id}>{p.name}{p.builtIn ? ' (built in)' : ''}{p.id === scoringProfileId ? ' — scoring profile' : ''}</option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <p class="screen__lede screen__lede--wide">
        Each figure is the median of a brand’s sessions, with its 95% interval beneath; <strong>✓ on target</strong> means it is as good as the value {profile?.name ?? 'the profile'} scores 0.9, otherwise the gap is written out. Scores are recomputed from each session’s measurements against the chosen profile.
      </p>

      {benchmark.error && <p class="problem" role="alert">Could not build the benchmark: {benchmark.error}</p>}
      {benchmark.progress && (
        <div class="progress" role="status">
          <span>Reading sessions… {benchmark.progress.of > 0 && `${benchmark.progress.read} of ${countLabel(benchmark.progress.of, 'brand')}`}</span>
          <progress max={Math.max(1, benchmark.progress.of)} value={benchmark.progress.read} />
        </div>
      )}
      {!benchmark.progress && benchmark.rows && rows.length === 0 && (
        <div class="empty-panel" data-testid="no-benchmark">
          <p class="empty-panel__title">Nothing to benchmark yet</p>
          <p>Record sessions on two or more brands to compare them.</p>
        </div>
      )}
      {rows.length > 0 && profile && (
        <>
          <div class="table-card" aria-busy={benchmark.scoring ? 'true' : 'false'}>
            <div class="table-card__bar">
              <p class="table-card__count">
                <strong>{rows.length}</strong> {countNoun(rows.length, 'brand')} · <strong>{formatCount(sessionTotal)}</strong> {countNoun(sessionTotal, 'session')} · against <strong>{profile.name}</strong>
              </p>
              <p class="table-card__note">{benchmark.scoring ? 'Rescoring…' : `Tick ${MAX_COMPARED} brands at most to compare them below.`}</p>
            </div>
            <BenchmarkTable rows={rows} compared={shownIds} onToggleCompare={toggle} profileName={profile.name} />
          </div>

          <section class="compare-section" aria-labelledby="compare-title">
            <h2 class="section-heading" id="compare-title">
              {comparedRows.length >= 2 ? comparedRows.map((r) => r.siteName).join(' · ') : 'Compare brands'}
            </h2>
            {comparedRows.length >= 2
              ? <CompareCharts rows={comparedRows} profile={profile} />
              : <p class="empty-panel" data-testid="compare-hint">Tick two to four brands in the table to compare them side by side.</p>}
          </section>
        </>
      )}
    </section>
  );
}
