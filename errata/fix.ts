import { spawnSync } from 'node:child_process';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { realpathSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Check } from './errata';

/** The document with each promise not borne out replaced by what its window printed, and the promises it could not replace. */
export interface Fix {
  readonly text: string;
  readonly unfixed: readonly Check[];
}

export function proposeFix(text: string, checks: readonly Check[]): Fix {
  const lines = text.split('\n');
  const unfixed: Check[] = [];
  for (const check of checks.filter(({ borneOut }) => !borneOut)) {
    const replacement = closestLine(check);
    const line = lines[check.line - 1] ?? '';
    const span = `\`${check.text}\``;
    if (replacement === undefined || replacement.includes('`') || !line.includes(span)) unfixed.push(check);
    else lines[check.line - 1] = line.replace(span, () => `\`${replacement}\``);
  }
  return { text: lines.join('\n'), unfixed };
}

/** Of the lines the window printed, the one that starts most like the promise. */
function closestLine({ text, printed }: Check): string | undefined {
  const common = (line: string): number => {
    let index = 0;
    while (index < line.length && line[index] === text[index]) index += 1;
    return index;
  };
  return [...printed].sort((a, b) => common(b) - common(a)).at(0);
}

/** Where `patch -p1` and `git apply` find the file: from its git repository's root, else from its own folder. */
export function pathInRepository(file: string): string {
  const absolute = resolve(file);
  const root = spawnSync('git', ['-C', dirname(absolute), 'rev-parse', '--show-toplevel'], { encoding: 'utf8', timeout: 10000 });
  const top = root.status === 0 ? root.stdout.trim() : '';
  return top ? relative(realpathSync(top), realpathSync(absolute)) : basename(absolute);
}

/** The fix as a unified diff that `git apply` and `patch -p1` read, with three lines of context; empty when nothing changed. */
export function asPatch(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
