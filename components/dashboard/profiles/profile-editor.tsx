// Editing a profile's name, pillar weights and every metric's targets. The
// form is checked with parseProfile as the user types; each problem shows
// beside its field (aria-invalid, aria-describedby) and nothing can be saved
// until none is left. Saving goes through the background (save-profile).
import { useMemo, useState } from 'preact/hooks';
import { METRIC_IDS, METRICS, PILLARS, type MetricId, type Pillar, type Profile } from '@/lib/score';
import { PILLAR_LABELS } from '../pillar-labels';
import { checkDraft, displayUnit, draftFromProfile, type ProfileDraft, type TargetDraft } from './profile-draft';

export function ProfileEditor({ initial, isNew, onSave, onCancel }: {
  initial: Profile;
  /** A new profile (a copy) may take any free id; an existing one keeps its id. */
  isNew: boolean;
  onSave: (profile: Profile) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(initial));
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const problems = Object.keys(check.errors).length;

  const setPillar = (pillar: Pillar, value: string) => setDraft((d) => ({ ...d, pillars: { ...d.pillars, [pillar]: value } }));
  const setTarget = (metric: MetricId, field: keyof TargetDraft, value: string) =>
    setDraft((d) => ({ ...d, targets: { ...d.targets, [metric]: { ...d.targets[metric], [field]: value } } }));

  const save = async (event: Event) => {
    event.preventDefault();
    if (!check.profile) return;
    setSaving(true);
    setRefusal(null);
    try {
      await onSave(check.profile);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="profile-editor" data-testid="profile-editor" onSubmit={save} noValidate aria-labelledby="editor-title">
      <div class="panel__head">
        <div>
          <p class="eyebrow">{isNew ? 'New profile' : 'Editing'}</p>
          <h2 class="panel__title panel__title--large" id="editor-title">{draft.name.trim() || 'Untitled profile'}</h2>
        </div>
        <div class="button-row">
          <button type="button" class="button button--quiet" onClick={onCancel}>Cancel</button>
          <button type="submit" class="button button--dark" disabled={!check.profile || saving}>{saving ? 'Saving…' : 'Save profile'}</button>
        </div>
      </div>
      <p class={`editor-status${problems ? ' editor-status--problem' : ''}`} data-testid="editor-status" aria-live="polite">
        {problems ? `${problems} field${problems === 1 ? ' needs' : 's need'} attention before saving.` : 'Every field is valid.'}
      </p>
      {refusal && <p class="problem" role="alert">Not saved: {refusal}</p>}
      {check.errors.profile && <p class="problem">{check.errors.profile}</p>}

      <div class="editor-grid">
        <TextField label="Name" name="name" value={draft.name} error={check.errors.name} onInput={(v) => setDraft((d) => ({ ...d, name: v }))} />
        <TextField label="Id" name="id" value={draft.id} error={check.errors.id} readOnly={!isNew} hint={isNew ? 'Lower-case letters, digits and dashes' : 'The id of a saved profile does not change'}
          onInput={(v) => setDraft((d) => ({ ...d, id: v }))} />
        <TextField label="Description" name="description" value={draft.description} error={check.errors.description} wide onInput={(v) => setDraft((d) => ({ ...d, description: v }))} />
      </div>

      <fieldset class="editor-fieldset">
        <legend>Pillar weights</legend>
        {check.errors.pillars && <p class="field__error" id="error-pillars">{check.errors.pillars}</p>}
        <div class="pillar-inputs">
          {PILLARS.map((pillar) => (
            <NumberField key={pillar} label={PILLAR_LABELS[pillar].name} name={`pillars.${pillar}`} value={draft.pillars[pillar]} error={check.errors[`pillars.${pillar}`]}
              onInput={(v) => setPillar(pillar, v)} />
          ))}
        </div>
      </fieldset>

      <table class="data-table editor-table">
        <caption class="visually-hidden">Targets: good scores 0.9, poor scores 0.5; counts score 0.5 to the power value ÷ poor</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Good <span class="th-sub">scores 0.9</span></th>
            <th scope="col">Poor <span class="th-sub">scores 0.5</span></th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        {PILLARS.map((pillar) => (
          <tbody key={pillar}>
            <tr class="breakdown-table__pillar"><th scope="rowgroup" colSpan={4}><span class="breakdown-table__pillar-name">{PILLAR_LABELS[pillar].name}</span></th></tr>
            {METRIC_IDS.filter((id) => METRICS[id].pillar === pillar).map((id) => {
              const { suffix } = displayUnit(id);
              const rowError = check.errors[`targets.${id}`];
              const label = METRICS[id].label;
              return (
                <tr key={id}>
                  <th scope="row" class="breakdown-table__metric">
                    {label}
                    {rowError && <span class="field__error" id={`error-targets.${id}`}>{rowError}</span>}
                  </th>
                  <td>
                    {METRICS[id].curve === 'time'
                      ? <NumberField label={`${label}, good`} hiddenLabel name={`targets.${id}.good`} suffix={suffix} value={draft.targets[id].good} error={check.errors[`targets.${id}.good`]} rowError={rowError ? `error-targets.${id}` : undefined} onInput={(v) => setTarget(id, 'good', v)} />
                      : <span class="muted" title="Counts have no good point: each ‘poor’ worth halves the score">—</span>}
                  </td>
                  <td><NumberField label={`${label}, poor`} hiddenLabel name={`targets.${id}.poor`} suffix={suffix} value={draft.targets[id].poor} error={check.errors[`targets.${id}.poor`]} rowError={rowError ? `error-targets.${id}` : undefined} onInput={(v) => setTarget(id, 'poor', v)} /></td>
                  <td><NumberField label={`${label}, weight`} hiddenLabel name={`targets.${id}.weight`} value={draft.targets[id].weight} error={check.errors[`targets.${id}.weight`]} onInput={(v) => setTarget(id, 'weight', v)} /></td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </form>
  );
}

function TextField({ label, name, value, error, hint, readOnly, wide, onInput }: {
  label: string; name: string; value: string; error?: string; hint?: string; readOnly?: boolean; wide?: boolean; onInput: (value: string) => void;
}) {
  const inputId = `field-${name}`;
  const errorId = `error-${name}`;
  const hintId = `hint-${name}`;
  return (
    <div class={`field${wide ? ' field--wide' : ''}`}>
      <label class="field__label" for={inputId}>{label}</label>
      <input id={inputId} type="text" name={name} value={value} readOnly={readOnly} aria-invalid={error ? 'true' : undefined}
        aria-describedby={[error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined}
        onInput={(e) => onInput(e.currentTarget.value)} />
      {hint && <span class="field__hint" id={hintId}>{hint}</span>}
      {error && <span class="field__error" id={errorId}>{error}</span>}
    </div>
  );
}

function NumberField({ label, name, value, error, suffix, hiddenLabel, rowError, onInput }: {
  label: string; name: string; value: string; error?: string; suffix?: string; hiddenLabel?: boolean; rowError?: string; onInput: (value: string) => void;
}) {
  const inputId = `field-${name}`;
  const errorId = `error-${name}`;
  return (
    <div class="field field--number">
      <label class={hiddenLabel ? 'visually-hidden' : 'field__label'} for={inputId}>{label}{suffix ? ` (${suffix})` : ''}</label>
      <span class="number-input">
        <input id={inputId} type="text" inputMode="decimal" name={name} value={value} aria-invalid={error || rowError ? 'true' : undefined}
          aria-describedby={[error && errorId, rowError].filter(Boolean).join(' ') || undefined}
          onInput={(e) => onInput(e.currentTarget.value)} />
        {suffix && <span class="number-input__suffix" aria-hidden="true">{suffix}</span>}
      </span>
      {error && <span class="field__error" id={errorId}>{error}</span>}
    </div>
  );
}
