import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'prettier';
import { drawCharts } from './charts';
import { renderMarkdown } from './markdown';
import type { BenchResult } from './results';

/** bench.json (every figure), bench.md (the tables) and the SVG charts, formatted as Prettier would; returns the paths written. */
export async function writeReports(result: BenchResult, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: Record<string, string> = {
    'bench.json': await format(JSON.stringify(result), { parser: 'json' }),
    'bench.md': await renderMarkdown(result),
    ...(await drawCharts(result)),
  };
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}
