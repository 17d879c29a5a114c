// Polling helpers for the end-to-end suites.

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** CI machines are small (2 cores): scale waits up there. */
export const SLOW = process.env.CI ? 2 : 1;

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Said in the error when the condition never held. */
  what?: string;
}

/**
 * Calls `read` until `done(value)` holds, and returns that value. On timeout,
 * throws with the last value read (or the last error thrown by `read`), so a
 * failing test shows what the browser actually had.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 10_000, intervalMs = 250, what = 'condition' }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(intervalMs);
  }
  const detail = lastError !== undefined ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last, null, 2)}`;
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; ${detail}`);
}

/** Resolves to `promise`'s value, or rejects after `ms` with a message naming `what`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
