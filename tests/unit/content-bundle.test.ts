// The content script runs on every page of every luxury site a shopper visits:
// zod and Preact must never reach its bundle (DESIGN §2). This walks the real
// import graph from entrypoints/recorder.ts (type-only imports are erased).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const IMPORT = /^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

function packagesReachedFrom(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const local = resolveLocal(specifier, file);
      if (local) visit(local);
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  };
  visit(path.join(ROOT, entry));
  return { packages, files };
}

describe('the content script bundle', () => {
  it('imports neither zod nor preact, directly or through lib/', () => {
    const { packages, files } = packagesReachedFrom('entrypoints/recorder.ts');
    expect(files.size).toBeGreaterThan(5); // the walk really followed the recorder's imports
    expect([...packages].filter((name) => /^(zod|preact|@preact\/.*)$/.test(name))).toEqual([]);
  });

  it('would notice if it did', () => {
    const { packages } = packagesReachedFrom('lib/background/route-message.ts');
    expect(packages).toContain('zod');
  });
});
