import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where recordings are committed, relative to the repository root. */
export const RECORDINGS = 'parity/recordings';

/** The recordings to check: those named, or every one committed. */
export function recordingFiles(named: readonly string[], dir = RECORDINGS): string[] {
  if (named.length > 0) return named.map((f) => resolve(f));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => resolve(dir, f));
}
