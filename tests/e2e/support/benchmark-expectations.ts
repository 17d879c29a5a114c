// What the dashboard's benchmark must show for the stored sessions, worked out
// here with lib/benchmark itself (the same pure functions, seeded the same
// way), so the suite checks that the page shows what was stored.
import { expect } from 'vitest';
import { benchmarkRow, type BenchmarkRow } from '../../../lib/benchmark/benchmark-rows';
import { sessionFacts } from '../../../lib/benchmark/session-facts';
import type { Session } from '../../../lib/journey/session';
import type { Profile } from '../../../lib/score/profile';
import type { BenchmarkShown } from './dashboard';
import { sessionsOf } from './score-journeys';

/** One row per site, in the order given, scored against `profile`. */
export function expectedBenchmarkRows(sessions: Session[], siteIds: readonly string[], profile: Profile): BenchmarkRow[] {
  return siteIds.map((siteId) => benchmarkRow(sessionsOf(sessions, siteId).map(sessionFacts), profile));
}

/** The median as the table writes it: a tenth decides the grade. */
const tenth = (score: number) => score.toFixed(1);

/** True once the table shows every expected brand with its median, against `profileName`. */
export function benchmarkSettled(expected: BenchmarkRow[], profileName: string) {
  return (shown: BenchmarkShown): boolean =>
    shown.rows.length === expected.length &&
    shown.summary.endsWith(`against ${profileName}`) &&
    expected.every((row) => shown.rows.some((r) => r.name === row.siteName && r.score === tenth(row.score!.value)));
}

/** Each brand's session count, median score, its 95% interval and grade; best median first. */
export function expectBenchmarkRowsShown(shown: BenchmarkShown, expected: BenchmarkRow[]): void {
  const byName = new Map(shown.rows.map((r) => [r.name, r]));
  for (const row of expected) {
    const cell = byName.get(row.siteName);
    expect(cell, `a row for ${row.siteName}`).toBeDefined();
    expect(cell).toMatchObject({
      sessions: `${row.sessions} session${row.sessions === 1 ? '' : 's'}`,
      score: tenth(row.score!.value),
      interval: `${tenth(row.score!.low)}–${tenth(row.score!.high)}`,
      grade: row.grade!,
    });
  }
  const order = [...expected].sort((a, b) => b.score!.value - a.score!.value).map((r) => r.siteName);
  expect(shown.rows.map((r) => r.name)).toEqual(order);
}
