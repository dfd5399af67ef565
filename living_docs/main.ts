import { join, relative } from 'node:path';
import { SettingError } from '../support/server/settings';
import { buildSite } from './site';

/**
 * `npm run docs`: the living documentation, built into site/ (DOCS_OUT) from what `npm run spec:ci`
 * and `npm run errata` left in reports/ (DOCS_REPORTS). Self-contained: it opens from disk.
 */
function main(): void {
  const root = join(__dirname, '..');
  const out = process.env.DOCS_OUT || join(root, 'site');
  const reports = process.env.DOCS_REPORTS || join(root, 'reports');
  const pages = buildSite({ root, reports, out });
  process.stdout.write(
    `The living documentation, in ${relative(process.cwd(), out) || '.'}/: ${pages.join(', ')}.\nOpen ${join(out, 'index.html')}.\n`,
  );
}

try {
  main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`redis-pubsub-spec docs: ${error instanceof SettingError ? message : message.split('\n')[0]}\n`);
  process.exitCode = 2;
}
