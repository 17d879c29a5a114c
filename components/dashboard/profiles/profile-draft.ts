// A profile as an editable form: every number as the text the user typed, in
// the unit they think in (seconds, percent), converted back and checked with
// parseProfile on every keystroke. Errors come back keyed by field
// ("targets.lcpP75.good") so each shows beside its input. Pure.
import { METRIC_IDS, METRICS, PILLARS, parseProfile, type MetricId, type Pillar, type Profile } from '@/lib/score';

export interface TargetDraft {
  good: string;
  poor: string;
  weight: string;
}

export interface ProfileDraft {
  id: string;
  name: string;
  description: string;
  pillars: Record<Pillar, string>;
  targets: Record<MetricId, TargetDraft>;
  /** Fields the form does not edit (format, calibratedFrom) come from here. */
  base: Profile;
}

/** How a metric's stored value is shown in the form: ms as seconds, shares as percent. */
export function displayUnit(metric: MetricId): { factor: number; suffix: string } {
  if (metric === 'inpP75') return { factor: 1, suffix: 'ms' }; // INP is published in ms (web.dev)
  switch (METRICS[metric].unit) {
    case 'ms': return { factor: 1 / 1000, suffix: 's' };
    case 'share': return { factor: 100, suffix: '%' };
    default: return { factor: 1, suffix: '' };
  }
}

const trimNumber = (n: number) => String(Number(n.toPrecision(10)));

export function toDisplay(metric: MetricId, value: number | undefined): string {
  return value === undefined ? '' : trimNumber(value * displayUnit(metric).factor);
}

export function draftFromProfile(profile: Profile): ProfileDraft {
  return {
    id: profile.id,
    name: profile.name,
    description: profile.description,
    pillars: Object.fromEntries(PILLARS.map((p) => [p, String(profile.pillars[p])])) as Record<Pillar, string>,
    targets: Object.fromEntries(METRIC_IDS.map((id) => {
      const t = profile.targets[id];
      return [id, { good: toDisplay(id, t.good), poor: toDisplay(id, t.poor), weight: String(t.weight) }];
    })) as Record<MetricId, TargetDraft>,
    base: profile,
  };
}

export interface DraftCheck {
  profile: Profile | null;
  /** Field key → what is wrong with it. */
  errors: Record<string, string>;
}

/** Reads a typed number; a comma works as a decimal point. NaN when it is not a number. */
function parseNumber(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return cleaned === '' || !/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(cleaned) ? Number.NaN : Number(cleaned);
}

export function checkDraft(draft: ProfileDraft): DraftCheck {
  const errors: Record<string, string> = {};
  const number = (key: string, text: string, factor = 1): number => {
    const value = parseNumber(text);
    if (Number.isNaN(value)) {
      errors[key] = text.trim() === '' ? 'Enter a number' : `“${text}” is not a number`;
      return 0;
    }
    return value / factor;
  };
  const candidate = {
    format: draft.base.format,
    id: draft.id.trim(),
    name: draft.name,
    description: draft.description,
    builtIn: false,
    calibratedFrom: draft.base.calibratedFrom,
    pillars: Object.fromEntries(PILLARS.map((p) => [p, number(`pillars.${p}`, draft.pillars[p])])),
    targets: Object.fromEntries(METRIC_IDS.map((id) => {
      const { factor } = displayUnit(id);
      const t = draft.targets[id];
      const timeCurve = METRICS[id].curve === 'time';
      return [id, {
        ...(timeCurve ? { good: number(`targets.${id}.good`, t.good, factor) } : {}),
        poor: number(`targets.${id}.poor`, t.poor, factor),
        weight: number(`targets.${id}.weight`, t.weight),
      }];
    })),
  };
  const parsed = parseProfile(candidate);
  if (!parsed.ok) {
    for (const line of parsed.errors) {
      const split = line.indexOf(': ');
      const key = split < 0 ? 'profile' : line.slice(0, split);
      // A field that is not a number already says so; keep that first message.
      errors[key] ??= split < 0 ? line : line.slice(split + 2);
    }
  }
  const valid = parsed.ok && Object.keys(errors).length === 0;
  return { profile: valid ? parsed.profile : null, errors };
}

/** A lower-case id from a name: "As convenient as Net-a-Porter" → "as-convenient-as-net-a-porter". */
export function slugFromName(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '');
  return slug || 'profile';
}

/** `slug`, or `slug-2`, `slug-3`… — the first not in `taken`. */
export function uniqueId(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug.slice(0, 60)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
