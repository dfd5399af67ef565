import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { castFileName } from './asciicast';
import type { Recorded } from './recording';

/** Writes each window's recording to `folder`, one `.cast` a window, in place of what an earlier run wrote there. */
export function writeRecorded(folder: string, recorded: Recorded): string[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return recorded.casts.map((cast) => {
    const path = join(folder, castFileName(cast.window));
    writeFileSync(path, cast.text);
    return path;
  });
}
