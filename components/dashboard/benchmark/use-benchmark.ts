// Reads every site's sessions once, keeping only their benchmark facts, then
// scores them against the chosen profile. Switching profile rescores the facts
// in memory (no IndexedDB read); scoring yields to the page between sites, so
// 100k sessions never freeze it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { benchmarkRow, listRecordedSites, sessionFacts, sortRows, type BenchmarkRow, type SessionFacts } from '@/lib/benchmark';
import { sessionsOfSite, type VitrineDb } from '@/lib/store';
import type { Profile } from '@/lib/score';

export interface BenchmarkState {
  rows: BenchmarkRow[] | null;
  /** Sites read so far, of all sites, while reading. */
  progress: { read: number; of: number } | null;
  scoring: boolean;
  error: string | null;
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));
const SLICE_MS = 30;

export function useBenchmark(db: VitrineDb, profile: Profile | null): BenchmarkState {
  const facts = useRef<SessionFacts[][]>([]);
  const [factsVersion, setFactsVersion] = useState(0);
  const [progress, setProgress] = useState<BenchmarkState['progress']>({ read: 0, of: 0 });
  const [rows, setRows] = useState<BenchmarkRow[] | null>(null);
  const [scoring, setScoring] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const sites = await listRecordedSites(db);
      const read: SessionFacts[][] = [];
      for (const [i, site] of sites.entries()) {
        if (!current) return;
        read.push((await sessionsOfSite(db, site.siteId)).map(sessionFacts));
        setProgress({ read: i + 1, of: sites.length });
      }
      if (!current) return;
      facts.current = read;
      setProgress(null);
      setFactsVersion((v) => v + 1);
    })().catch((e) => current && setError(String(e instanceof Error ? e.message : e)));
    return () => {
      current = false;
    };
  }, [db]);

  useEffect(() => {
    if (!profile || factsVersion === 0) return;
    let current = true;
    setScoring(true);
    (async () => {
      const scored: BenchmarkRow[] = [];
      let sliceStart = performance.now();
      for (const site of facts.current) {
        if (site.length) scored.push(benchmarkRow(site, profile));
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToPage();
          if (!current) return;
          sliceStart = performance.now();
        }
      }
      if (!current) return;
      setRows(sortRows(scored));
      setScoring(false);
    })().catch((e) => current && setError(String(e instanceof Error ? e.message : e)));
    return () => {
      current = false;
    };
  }, [factsVersion, profile]);

  return { rows, progress, scoring, error };
}
