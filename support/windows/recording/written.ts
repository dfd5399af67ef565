import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { castFileName } from './asciicast';
import type { Recorded } from './recording';

/**
 * Writes each window's recording to `folder`, one `.cast` a window, in place of what an earlier run wrote there.
 * The folder itself stays: another run of the same scenario (a test's, side by side) may be writing into it too.
 */
export function writeRecorded(folder: string, recorded: Recorded): string[] {
  mkdirSync(folder, { recursive: true });
  const files = new Map(recorded.casts.map((cast) => [castFileName(cast.window), cast.text]));
  for (const stale of readdirSync(folder).filter((name) => !files.has(name))) rmSync(join(folder, stale), { force: true });
  return [...files].map(([name, text]) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  });
}
