import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codeOf, type TutorialCode } from '../support/windows/drivers/literal/code';
import { findErrata, observationsOf, type Check, type Errata } from '../errata/errata';
import { prepareLiteralDriver, type PreparedLiteralDriver } from '../support/windows/drivers/literal/index';
import { readTutorial } from '../support/windows/drivers/literal/tutorial';
import { startBinary } from '../support/server/providers/binary';
import { readSettings, type Settings } from '../support/server/settings';
import { runSpec } from './helpers/run_spec';
import { revise } from './helpers/tutorial_revision';

const tutorialPath = process.env.TUTORIAL_PATH;

/** What the driver takes from a document, without where it stands in it. */
function reading(code: TutorialCode) {
  return {
    windows: code.placed.flatMap(({ window, opens }) => (window === undefined ? [] : [{ window, opens }])),
    installSteps: code.placed.filter(({ window }) => window === undefined).length,
    monitor: code.monitor.command,
    sessions: [...code.sessions].map(([name, { setup, subscribe }]) => ({
      name,
      setup: setup.map((statement) => statement.lines),
      subscribe: subscribe?.statement.lines,
    })),
    publishes: code.publishes.map(({ channel, body }) => ({ channel, body })),
    observations: observationsOf(code).map(({ window, text, block }) => ({ window, text, after: code.placed[block]?.window })),
  };
}

function verdicts(checks: readonly Check[]): unknown {
  return checks.map(({ window, text, printed, borneOut }) => ({ window, text, printed, borneOut }));
}

/** The summary line of a cucumber run: `34 scenarios (34 passed)`. */
function summary(stdout: string): string | undefined {
  return /^\d+ scenarios? \(.*\)$/m.exec(stdout)?.[0];
}

/** The errata of a tutorial, found on a server of its own: Pub/Sub is global to a server. */
async function errataOf(literal: PreparedLiteralDriver, settings: Settings): Promise<Errata> {
  const server = await startBinary(settings.serverBin, settings.startTimeoutMs);
  try {
    return await findErrata(literal, server, settings);
  } finally {
    await server.stop();
  }
}

describe(
  'a revision of the tutorial: headings renamed and dropped, sections merged, `> ` prompts',
  { skip: !tutorialPath && 'TUTORIAL_PATH is not set', concurrency: true },
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'redis-pubsub-revision-'));
    const revised = join(folder, 'revised.md');

    before(() => {
      const original = readFileSync(tutorialPath ?? '', 'utf8');
      const text = revise(original);
      assert.notEqual(text, original, 'the revision changed nothing');
      writeFileSync(revised, text);
    });

    after(() => rmSync(folder, { recursive: true, force: true }));

    it("is read into the same windows, code and observations, the redis-cli window's among them", () => {
      const original = reading(codeOf(readTutorial(tutorialPath ?? '')));
      assert.deepEqual(reading(codeOf(readTutorial(revised))), original);
      assert.equal(original.observations.length, 6);
    });

    it('gives errata the same verdicts on what was printed', async () => {
      const settings = readSettings();
      // Prepared before either server starts, as preparing asks ruby and irb for their versions and so blocks.
      const tutorial = prepareLiteralDriver(settings);
      const revision = prepareLiteralDriver({ ...settings, tutorialPath: revised });
      const [found, foundInRevision] = await Promise.all([errataOf(tutorial, settings), errataOf(revision, settings)]);
      assert.deepEqual(verdicts(foundInRevision.checks), verdicts(found.checks));
    });

    // The whole experiment types every block of the revision's code, in each of its four windows. The literal profile's
    // other scenarios play parts of the same code, which the first test shows is read the same, and
    // `npm run test:literal` (CI's tutorial step) runs them all on the tutorial itself.
    it('passes the whole experiment under the literal driver', async () => {
      const env = { REDIS_PROVIDER: 'binary', SESSION_DRIVER: 'literal', TUTORIAL_PATH: revised };
      const run = await runSpec(env, ['--profile', 'literal', '--name', '^Four windows, two messages$']);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(summary(run.stdout), '1 scenario (1 passed)');
    });
  },
);
