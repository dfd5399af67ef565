import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import Redis from 'ioredis';
import { codeOf } from '../support/windows/drivers/literal/code';
import { check, promisedOutputs } from '../errata/errata';
import { parseTutorial, readTutorial } from '../support/windows/drivers/literal/tutorial';
import { startBinary } from '../support/server/providers/binary';
import { serverUrl } from '../support/server/server';
import { readSettings } from '../support/server/settings';
import { waitFor } from '../support/lib/waiting';
import { root, runSpec, runsAtOnce } from './helpers/run_spec';
import { sample } from './helpers/tutorial_sample';

const tutorialPath = process.env.TUTORIAL_PATH;

/** The literal driver's own tests run where the tutorial is: `TUTORIAL_PATH` says where. */
function tutorialOrSkip(t: TestContext): string | undefined {
  if (!tutorialPath) t.skip('TUTORIAL_PATH is not set');
  return tutorialPath;
}

describe("the prose's promises and the real tutorial's code (test/harness/reading_the_tutorial.feature reads the rest)", () => {
  const tutorial = parseTutorial(sample, 'sample.md');

  it('finds the outputs the prose promises, which window should print them, and after which block', () => {
    assert.deepEqual(promisedOutputs(codeOf(tutorial)), [
      { section: 'Publish in IRB Session A', line: 39, window: 'session B', text: 'I heard [the message] on [my_channel]', block: 3 },
      { section: 'Broadcast to the Channel', line: 61, window: 'session B', text: 'I heard...', block: 5 },
      { section: 'Broadcast to the Channel', line: 62, window: 'session C', text: 'I think...', block: 5 },
    ]);
  });

  it('bears a promise out by the very line, or by its start where the prose ends in "..."', () => {
    const promises = promisedOutputs(codeOf(tutorial));
    const heard: Record<number, string[]> = { 3: ['I heard [the message] on channel [my_channel]'], 5: ['I heard it'] };
    const printed = codeOf(tutorial).placed.map((_, block) => new Map([['session B', heard[block] ?? []]]));
    assert.deepEqual(
      check(promises, printed).map((result) => result.borneOut),
      [false, true, false],
    );
  });

  it("reads the real tutorial's code: three sessions, two of them subscribing, and two publishes", (t) => {
    const path = tutorialOrSkip(t);
    if (!path) return;
    const code = codeOf(readTutorial(path));
    assert.deepEqual([...code.sessions.keys()], ['session A', 'session B', 'session C']);
    assert.deepEqual(
      [...code.sessions.values()].map((session) => session.subscribe?.channel),
      [undefined, 'my_channel', 'my_channel'],
    );
    assert.deepEqual(
      code.publishes.map(({ body }) => body),
      ['the message', 'Is this thing on?'],
    );
  });
});

describe('a literal run with bad input', runsAtOnce, () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'no TUTORIAL_PATH',
      { SESSION_DRIVER: 'literal', TUTORIAL_PATH: '' },
      /^redis-pubsub-spec: SESSION_DRIVER=literal needs TUTORIAL_PATH/m,
    ],
    [
      'a missing tutorial',
      { SESSION_DRIVER: 'literal', TUTORIAL_PATH: '/nowhere/tutorial.md' },
      /^redis-pubsub-spec: TUTORIAL_PATH=\/nowhere\/tutorial\.md cannot be read/m,
    ],
  ];
  for (const [what, env, line] of cases) {
    it(`stops on ${what}`, async () => {
      const run = await runSpec({ REDIS_PROVIDER: 'binary', ...env });
      assert.notEqual(run.code, 0);
      assert.match(run.stderr, line);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.ok(run.ms < 10000, `took ${run.ms} ms`);
    });
  }

  it("fails a scenario beyond the tutorial's code, saying so, unless the profile leaves it out by its tag", async (t) => {
    const path = tutorialOrSkip(t);
    if (!path) return;
    const env = { REDIS_PROVIDER: 'binary', SESSION_DRIVER: 'literal', TUTORIAL_PATH: path };
    const beyond = await runSpec(env, ['--tags', '@beyond-the-tutorial', '--name', '^Redis is installed and answers$']);
    assert.equal(beyond.code, 1, beyond.stdout + beyond.stderr);
    assert.match(beyond.stdout, /session A cannot ping Redis under SESSION_DRIVER=literal: that is beyond the tutorial's code/);
    const literal = await runSpec(env, ['--profile', 'literal', '--tags', '@beyond-the-tutorial']);
    assert.match(literal.stderr, /no scenario ran/);
  });
});

describe('a literal run on a server with a password', () => {
  it('passes the whole experiment, the password reaching both irb and redis-cli', async (t) => {
    const path = tutorialOrSkip(t);
    if (!path) return;
    const server = await startBinary(readSettings().serverBin, 10000);
    try {
      const admin = new Redis(serverUrl(server));
      await admin.config('SET', 'requirepass', 'pa:ss@word');
      admin.disconnect();
      const url = serverUrl({ ...server, password: 'pa:ss@word' });
      const run = await runSpec({ REDIS_URL: url, REDIS_PROVIDER: 'url', SESSION_DRIVER: 'literal', TUTORIAL_PATH: path }, [
        '--profile',
        'literal',
        '--name',
        'Four windows, two messages',
      ]);
      assert.match(run.stdout, /1 scenario \(1 passed\)/, run.stdout + run.stderr);
    } finally {
      await server.stop();
    }
  });
});

/** Every process of one run carries a mark in its environment, so that any it leaves behind can be found. */
const markName = 'REDIS_PUBSUB_SPEC_TEST_RUN';

function marked(mark: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`${markName}=${mark}`)) return [];
        return [`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim()}`];
      } catch {
        return [];
      }
    });
}

describe('the processes of a literal run', runsAtOnce, () => {
  it('are all gone after the run', async (t) => {
    const path = tutorialOrSkip(t);
    if (!path) return;
    const mark = `${process.pid}-ended`;
    const run = await runSpec({ REDIS_PROVIDER: 'binary', SESSION_DRIVER: 'literal', TUTORIAL_PATH: path, [markName]: mark }, [
      '--profile',
      'literal',
      '--name',
      'Four windows, two messages',
    ]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 scenario \(1 passed\)/);
    assert.deepEqual(marked(mark), []);
  });

  for (const [what, group] of [
    ['Ctrl-C at the terminal (SIGINT to the process group)', true],
    ['SIGINT to the run alone', false],
  ] as const) {
    it(`are all gone after ${what}, mid-scenario`, async (t) => {
      const path = tutorialOrSkip(t);
      if (!path) return;
      const mark = `${process.pid}-${group ? 'group' : 'alone'}`;
      const child = spawn(
        join(root, 'node_modules', '.bin', 'cucumber-js'),
        ['--config', 'test/fixtures/cucumber.js', '--format', 'progress', 'test/fixtures/interrupted.feature'],
        {
          cwd: root,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            FORCE_COLOR: '0',
            REDIS_PROVIDER: 'binary',
            SESSION_DRIVER: 'literal',
            TUTORIAL_PATH: path,
            WAIT_TIMEOUT_MS: '30000',
            [markName]: mark,
          },
        },
      );
      const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const windowsOpen = (): boolean => {
        const running = marked(mark);
        const programs = running.map((line) => line.split(' ')[1]);
        return programs.filter((program) => program === 'script').length === 2 && programs.includes('redis-cli');
      };
      await waitFor<void>(
        {
          timeoutMs: 20000,
          awaited: 'two irb sessions (under script) and a redis-cli to run',
          seen: () => `${marked(mark).join('\n')}\n${output}`,
        },
        (settle) => {
          const onData = (chunk: Buffer): void => {
            output += chunk.toString();
            if (windowsOpen()) settle.resolve();
          };
          child.stdout.on('data', onData);
          return () => child.stdout.off('data', onData);
        },
      );
      process.kill(group ? -(child.pid ?? 0) : (child.pid ?? 0), 'SIGINT');
      assert.equal(await closed, 130, output);
      assert.deepEqual(marked(mark), []);
    });
  }
});
