import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findErrata, observationsOf, type Check } from './errata';
import { asPatch, pathInRepository, proposeFix } from './fix';
import { prepareLiteralDriver } from '../support/windows/drivers/literal/index';
import { monitorWindow } from '../support/windows/drivers/literal/code';
import { compareWithKnown, readKnownErrata, type Comparison, type KnownErratum } from './known_errata';
import { tutorialPage } from './tutorial_page';
import { readSpecRun, reportLinks } from '../living_docs/spec_results';
import { stopThenExitOnSignal } from '../support/lib/exit_on_signal';
import { exitWhenWritten } from '../support/lib/exit_when_written';
import type { RedisServer } from '../support/server/server';
import { readSettings, SettingError } from '../support/server/settings';
import { startServer } from '../support/server/start_server';
import { writeRecorded } from '../support/windows/recording/written';
import { castFileName } from '../support/windows/recording/asciicast';
import { fourWindows } from './four_windows';

/** The errata this project knows of: a run that finds exactly these passes. */
export const knownErrataPath = join(__dirname, '..', 'known_errata.json');

/** How `npm run errata` ends: README lists these. */
const exitCodes = { asKnown: 0, newErratum: 1, failed: 2, staleList: 3 } as const;

/**
 * `npm run errata`: runs the tutorial's own code as written, on a server of its own, lists each
 * output its prose promises beside what the session really printed, borne out or not, and sets
 * the errata found against the known ones. `-- --fix` also prints a diff of the tutorial that
 * replaces each promise not borne out by what was printed (the listing then goes to stderr).
 */
async function main(): Promise<number> {
  const fix = fixAsked(process.argv.slice(2));
  const settings = readSettings();
  const literal = prepareLiteralDriver(settings);
  observationsOf(literal.code);
  const known = readKnownErrata(knownErrataPath);
  const reports = reportsFolder(process.env.ERRATA_OUT);
  const server = await startServer(settings, `errata-${process.pid}-${Date.now()}`);
  stopOnSignals(server);
  const log = (line: string): void => void (fix ? process.stderr : process.stdout).write(`${line}\n`);
  try {
    const errata = await findErrata(literal, server, settings);
    const { against, checks } = errata;
    const messages = join(reports, 'messages.ndjson');
    const spec = existsSync(messages) ? readSpecRun(messages) : undefined;
    const findings = { details: errata.details, checks, shown: errata.followed.shown };
    const { recorded } = errata.followed;
    const sections = [fourWindows(recorded)].filter(Boolean);
    writeFileSync(join(reports, 'tutorial.html'), tutorialPage(literal.code, findings, { spec, links: reportLinks, nav: [], sections }));
    writeRecorded(join(reports, 'windows'), recorded);
    const blocks = literal.code.placed.map(({ block, window }, index) => ({
      line: block.line,
      kind: block.kind,
      window: window ?? null,
      shown: errata.followed.shown[index] ?? null,
    }));
    const document = resolve(literal.code.tutorial.path);
    const windows = {
      duration: recorded.duration,
      marks: recorded.marks,
      casts: recorded.casts.map(({ window, cols, rows }) => ({ window, cols, rows, file: `windows/${castFileName(window)}` })),
    };
    writeFileSync(join(reports, 'errata.json'), `${JSON.stringify({ ...errata.details, document, checks, blocks, windows }, null, 2)}\n`);
    log(`What the tutorial asks its reader to observe, beside what its own code printed and its redis-cli showed, on ${against}:\n`);
    for (const check of checks) log(describe(check));
    const comparison = compareWithKnown(checks, known);
    log(`\n${checks.filter((check) => !check.borneOut).length} of ${checks.length} observations not borne out.`);
    for (const line of verdict(comparison)) log(line);
    log(`The tutorial, annotated: ${join(reports, 'tutorial.html')}.`);
    if (fix) {
      const path = literal.code.tutorial.path;
      const { text, unfixed } = proposeFix(literal.code.tutorial.text, checks);
      for (const check of unfixed) {
        const why =
          check.window === monitorWindow
            ? 'it is words about the redis-cli window, not a code span'
            : `${check.window} printed no line a code span can hold`;
        log(`--fix leaves \`${check.text}\` at line ${check.line} as it is: ${why}.`);
      }
      process.stdout.write(asPatch(pathInRepository(path), literal.code.tutorial.text, text));
    }
    if (comparison.found.length > 0) return exitCodes.newErratum;
    return comparison.stale.length > 0 ? exitCodes.staleList : exitCodes.asKnown;
  } finally {
    await server.stop();
  }
}

/**
 * Where it writes the tutorial annotated (`tutorial.html`), its findings for tools (`errata.json`) and
 * each window's recording (`windows/*.cast`), made before the run.
 */
function reportsFolder(setting: string | undefined): string {
  const folder = setting || join(__dirname, '..', 'reports');
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new SettingError(`ERRATA_OUT=${folder} cannot be made (${reason}): set it to a folder errata may write to, or unset it.`);
  }
  return folder;
}

function fixAsked(args: readonly string[]): boolean {
  const unknown = args.filter((arg) => arg !== '--fix');
  if (unknown.length > 0) throw new SettingError(`npm run errata takes no ${unknown.join(' ')}: run it alone, or with -- --fix.`);
  return args.includes('--fix');
}

function verdict({ known, found, stale }: Comparison): string[] {
  const listed = (erratum: KnownErratum): string => `  ${erratum.window}: promised \`${erratum.promised}\``;
  return [
    `${known.length} known (known_errata.json), ${found.length} new, ${stale.length} known no longer found.`,
    ...(found.length > 0
      ? ['New errata: fix the tutorial, or add them to known_errata.json:', ...found.map((check) => listed(asKnown(check)))]
      : []),
    ...(stale.length > 0 ? ['Known errata no longer found: remove them from known_errata.json:', ...stale.map(listed)] : []),
  ];
}

function asKnown(check: Check): KnownErratum {
  return { window: check.window, promised: check.text, printed: check.printed };
}

function describe(check: Check): string {
  const printed = check.printed.length ? check.printed.map((line) => `\`${line}\``).join(', ') : 'nothing';
  const head = `${check.borneOut ? 'borne out    ' : 'NOT BORNE OUT'}  ${check.section ? `${check.section}, ` : ''}line ${check.line}: ${check.window}`;
  if (check.window === monitorWindow) {
    const shown = check.evidence.map(({ window, line }) => `${window}: ${line}`);
    return [
      head,
      `               observed \`${check.text}\``,
      `               read as  ${check.reading}`,
      ...(shown.length ? shown : ['nothing']).map((line, index) => `               ${index === 0 ? 'showed  ' : '        '} ${line}`),
    ].join('\n');
  }
  return [
    head,
    `               promised \`${check.text}\``,
    `               printed  ${printed}`,
    `               read as  ${check.reading}`,
  ].join('\n');
}

function stopOnSignals(server: RedisServer): void {
  stopThenExitOnSignal({ name: 'redis-pubsub-spec errata', started: 'errata' }, () => server.stop().then(() => []));
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`redis-pubsub-spec errata: ${error instanceof SettingError ? message : message.split('\n')[0]}\n`);
    exitWhenWritten(exitCodes.failed);
  },
);
