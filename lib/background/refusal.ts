// Why the background did not act on a message: a short code that is counted,
// and a detail a developer (or the page that sent it) can act on.
import type { z } from 'zod';

export class Refusal extends Error {
  constructor(readonly code: string, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

/** zod's first complaint, as `path: message`. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(message)'}: ${issue.message}` : 'invalid';
}
