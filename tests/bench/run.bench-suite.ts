// Runs every benchmark once, prints a table of figures against their goals and
// writes bench/results.json. It fails only when a benchmark cannot run; a goal
// missed is reported in the table ("over"), so the figures are always recorded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { it } from 'vitest';
import { benchClassify } from './classify.bench';
import { benchContentSize } from './content-size.bench';

interface Figure {
  benchmark: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
}

it('measures Vitrine against its performance goals', async () => {
  const figures: Figure[] = [];

  const classify = await benchClassify();
  figures.push({ benchmark: 'classifyUrl (real-URL corpus)', value: classify.urlsPerSecond, unit: 'URLs/s', goal: '≥ 100000', met: classify.urlsPerSecond >= 100_000 });

  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    try {
      const size = benchContentSize(build);
      figures.push({ benchmark: `${size.name} gzip`, value: size.gzipBytes, unit: 'bytes', goal: '≤ 8192 (issue 4)', met: size.gzipBytes <= 8192 });
    } catch (error) {
      if (build === 'chrome-mv3') throw error; // the Firefox build is optional here
    }
  }

  console.table(figures.map((f) => ({ ...f, met: f.met ? 'yes' : 'over' })));
  const out = fileURLToPath(new URL('../../bench/results.json', import.meta.url));
  mkdirSync(fileURLToPath(new URL('../../bench/', import.meta.url)), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version }, figures }, null, 2)}\n`);
  console.log(`wrote ${out}`);
});
