// How many URLs a second classifyUrl reads: the real-URL corpus, classified
// over and over after a warm-up. A plain async function, so `npm run bench` (or
// a unit test) can call it without a benchmark framework. DESIGN §4 asks ≥ 100k/s.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyUrl } from '../../lib/sites/classify';

export interface ClassifyBenchResult {
  name: string;
  urlsPerSecond: number;
  /** Distinct URLs in the sample (the real-URL corpus). */
  sampleSize: number;
  /** URLs classified while timed. */
  classified: number;
  ms: number;
}

function corpusUrls(): string[] {
  const file = fileURLToPath(new URL('../fixtures/real-urls.tsv', import.meta.url));
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('http'))
    .map((line) => line.split('\t')[0]);
}

export async function benchClassify(options: { minMs?: number } = {}): Promise<ClassifyBenchResult> {
  const minMs = options.minMs ?? 1000;
  const urls = corpusUrls();
  let sink = 0;
  const pass = () => {
    for (const url of urls) if (classifyUrl(url).pageType === 'product') sink++;
  };
  for (let i = 0; i < 20; i++) pass(); // let the JIT settle before timing

  let classified = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    pass();
    classified += urls.length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  return {
    name: 'classifyUrl',
    urlsPerSecond: Math.round((classified / elapsed) * 1000),
    sampleSize: urls.length,
    classified,
    ms: Math.round(elapsed),
  };
}
