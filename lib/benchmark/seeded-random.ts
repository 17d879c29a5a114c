// A seeded pseudo-random generator, so a bootstrap interval is the same every
// time it is drawn for the same data: a consultant's report must not change
// between two page loads. Mulberry32: 32-bit state, fast, good enough for resampling.

export const DEFAULT_SEED = 0x76697472; // "vitr"

/** Returns a function giving uniform numbers in [0, 1), reproducible from `seed`. */
export function seededRandom(seed: number = DEFAULT_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
